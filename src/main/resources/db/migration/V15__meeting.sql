CREATE TABLE meeting (
    id        UUID PRIMARY KEY,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status    TEXT NOT NULL,
    snapshot  JSONB NOT NULL,
    revision  INT NOT NULL
);
CREATE INDEX meeting_by_start ON meeting (starts_at);

CREATE TABLE meeting_revision (
    meeting_id  UUID NOT NULL REFERENCES meeting (id),
    revision    INT NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by TEXT NOT NULL,
    action      TEXT NOT NULL,
    snapshot    JSONB NOT NULL,
    PRIMARY KEY (meeting_id, revision)
);

CREATE TABLE meeting_action_item (
    id           UUID PRIMARY KEY,
    meeting_id   UUID NOT NULL REFERENCES meeting (id),
    text         TEXT NOT NULL,
    owner        TEXT NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by   TEXT NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    closing_note TEXT,
    closed_by    TEXT
);
CREATE INDEX meeting_action_item_open ON meeting_action_item (due_at) WHERE closed_at IS NULL;
