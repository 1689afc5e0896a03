-- Cases: the snapshot is the truth; the other columns repeat what queries filter on.
CREATE TABLE verification_case (
    id            UUID PRIMARY KEY,
    incident_id   UUID NOT NULL,
    state         TEXT NOT NULL,
    accused       TEXT[] NOT NULL,
    reply_due_at  TIMESTAMP WITH TIME ZONE,
    determined_at TIMESTAMP WITH TIME ZONE,
    snapshot      JSONB NOT NULL,
    revision      INT NOT NULL
);
CREATE UNIQUE INDEX verification_case_one_active_per_incident ON verification_case (incident_id) WHERE state <> 'WITHDRAWN';
CREATE INDEX verification_case_by_state ON verification_case (state);
CREATE INDEX verification_case_by_accused ON verification_case USING gin (accused);

-- Every revision of every case, with the full snapshot after the change.
CREATE TABLE case_revision (
    case_id     UUID NOT NULL REFERENCES verification_case (id),
    revision    INT NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by TEXT NOT NULL,
    action      TEXT NOT NULL,
    snapshot    JSONB NOT NULL,
    PRIMARY KEY (case_id, revision)
);

-- Monitoring tasks, repeated from the snapshots for the inboxes' due-date queries.
CREATE TABLE case_task (
    task_id      UUID PRIMARY KEY,
    case_id      UUID NOT NULL REFERENCES verification_case (id),
    assignee     TEXT NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX case_task_open ON case_task (assignee, due_at) WHERE completed_at IS NULL;

-- Each guarantor's own log of violations, and the other guarantors' confirmations and disputes.
CREATE TABLE guarantor_log_entry (
    id            UUID PRIMARY KEY,
    incident_id   UUID NOT NULL,
    guarantor     TEXT NOT NULL,
    note          TEXT NOT NULL,
    incident_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    admin1_pcode  TEXT NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by TEXT NOT NULL,
    UNIQUE (guarantor, incident_id)
);
CREATE INDEX guarantor_log_by_time ON guarantor_log_entry (incident_started_at, admin1_pcode);

CREATE TABLE log_cross_check (
    entry_id  UUID NOT NULL REFERENCES guarantor_log_entry (id),
    guarantor TEXT NOT NULL,
    verdict   TEXT NOT NULL CHECK (verdict IN ('CONFIRM', 'DISPUTE')),
    reason    TEXT NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_by TEXT NOT NULL,
    PRIMARY KEY (entry_id, guarantor)
);
