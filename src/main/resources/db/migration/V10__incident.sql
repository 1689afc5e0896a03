-- The incident module's copy of each report: the features the correlation engine compares, with the widened time
-- window (reach) and the location box (extent) its pre-filter searches through GiST indexes, and the level and owner
-- that lists filter on. Refreshed from the register when a report is filed or amended; pending marks a report still to
-- be (re)correlated.
CREATE TABLE incident_report (
    report_id          UUID PRIMARY KEY,
    revision           INT NOT NULL,
    source_delegation  TEXT NOT NULL,
    confidentiality    TEXT NOT NULL CHECK (confidentiality IN ('PUBLIC', 'MECHANISM', 'GUARANTORS', 'PRIVATE')),
    occurred_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_to        TIMESTAMP WITH TIME ZONE NOT NULL,
    time_precision     TEXT NOT NULL,
    lat                DOUBLE PRECISION NOT NULL,
    lon                DOUBLE PRECISION NOT NULL,
    location_precision TEXT NOT NULL,
    admin1_pcode       TEXT NOT NULL,
    category           TEXT NOT NULL,
    perpetrator_id     UUID,
    target_actor_id    UUID,
    killed             INT,
    reach              TSTZRANGE NOT NULL,
    extent             BOX NOT NULL,
    pending            BOOLEAN NOT NULL
);
CREATE INDEX incident_report_reach ON incident_report USING gist (reach);
CREATE INDEX incident_report_extent ON incident_report USING gist (extent);
CREATE INDEX incident_report_pending ON incident_report (occurred_from) WHERE pending;
CREATE INDEX incident_report_by_time ON incident_report (occurred_from, occurred_to);

-- An incident; one merged into another stays, pointing at the survivor.
CREATE TABLE incident (
    id          UUID PRIMARY KEY,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('OPEN', 'MERGED')),
    merged_into UUID REFERENCES incident (id),
    CHECK ((status = 'MERGED') = (merged_into IS NOT NULL))
);

-- The current links of reports to incidents. A member link counts the report in the incident (exactly one per report);
-- the others are the engine's suggestions and the analysts' rejections. Every change is also in incident_history.
CREATE TABLE incident_link (
    incident_id           UUID NOT NULL REFERENCES incident (id),
    report_id             UUID NOT NULL REFERENCES incident_report (report_id),
    status                TEXT NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    member                BOOLEAN NOT NULL,
    score                 DOUBLE PRECISION,
    explanation           JSONB NOT NULL,
    proposed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by            TEXT,
    decided_by_delegation TEXT,
    decided_at            TIMESTAMP WITH TIME ZONE,
    reason                TEXT,
    PRIMARY KEY (incident_id, report_id),
    CHECK (NOT (member AND status = 'REJECTED')),
    CHECK ((status = 'PROPOSED') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX incident_link_one_membership ON incident_link (report_id) WHERE member;
CREATE INDEX incident_link_by_report ON incident_link (report_id);

-- Every change to an incident, by the engine (no delegation) or by an analyst: only ever inserted (enforced below).
CREATE TABLE incident_history (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id       UUID NOT NULL REFERENCES incident (id),
    action            TEXT NOT NULL,
    report_ids        UUID[] NOT NULL,
    other_incident_id UUID REFERENCES incident (id),
    score             DOUBLE PRECISION,
    username          TEXT,
    delegation        TEXT,
    at                TIMESTAMP WITH TIME ZONE NOT NULL,
    reason            TEXT
);
CREATE INDEX incident_history_by_incident ON incident_history (incident_id, id);

CREATE FUNCTION incident_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the incident history is never changed or removed';
END $$;

CREATE TRIGGER incident_history_append_only BEFORE UPDATE OR DELETE ON incident_history
    FOR EACH ROW EXECUTE FUNCTION incident_history_is_append_only();
