-- A report's identity and provenance; its content lives in revisions, of which the report points at the current one.
CREATE TABLE report (
    id                UUID PRIMARY KEY,
    source_delegation TEXT NOT NULL,
    source_kind       TEXT NOT NULL CHECK (source_kind IN ('DELEGATION', 'MONITOR_TEAM', 'OPEN_SOURCE', 'IMPORT')),
    external_ref      TEXT UNIQUE,
    filed_by          TEXT NOT NULL,
    filed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    idempotency_key   TEXT,
    request_hash      BYTEA,
    current_revision  INT NOT NULL,
    UNIQUE (source_delegation, idempotency_key)
);

-- Every state a report has been in: only ever inserted, never updated or deleted (enforced below).
CREATE TABLE report_revision (
    report_id              UUID NOT NULL REFERENCES report (id),
    revision               INT NOT NULL CHECK (revision >= 1),
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by            TEXT NOT NULL,
    recorded_by_delegation TEXT NOT NULL,
    reason                 TEXT,
    occurred_from          TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_to            TIMESTAMP WITH TIME ZONE NOT NULL CHECK (occurred_to >= occurred_from),
    time_precision         TEXT NOT NULL,
    lat                    DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon                    DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
    location_precision     TEXT NOT NULL,
    place_name             TEXT,
    place_pcode            TEXT,
    admin1_pcode           TEXT NOT NULL,
    admin1_name            TEXT NOT NULL,
    admin2_pcode           TEXT NOT NULL,
    admin2_name            TEXT NOT NULL,
    admin3_pcode           TEXT NOT NULL,
    admin3_name            TEXT NOT NULL,
    category               TEXT NOT NULL,
    alleged_perpetrator_id UUID,
    target_actor_id        UUID,
    killed                 INT CHECK (killed >= 0),
    injured                INT CHECK (injured >= 0),
    civilians_killed       INT CHECK (civilians_killed >= 0),
    observed_by            TEXT NOT NULL,
    narrative              TEXT NOT NULL,
    confidentiality        TEXT NOT NULL CHECK (confidentiality IN ('PUBLIC', 'MECHANISM', 'GUARANTORS', 'PRIVATE')),
    PRIMARY KEY (report_id, revision)
);

ALTER TABLE report ADD CONSTRAINT report_current_revision_fk
    FOREIGN KEY (id, current_revision) REFERENCES report_revision (report_id, revision) DEFERRABLE INITIALLY DEFERRED;

CREATE INDEX report_revision_by_time ON report_revision (occurred_from, occurred_to);
CREATE INDEX report_revision_by_admin1 ON report_revision (admin1_pcode);
CREATE INDEX report_revision_by_category ON report_revision (category);
CREATE INDEX report_revision_by_perpetrator ON report_revision (alleged_perpetrator_id);
CREATE INDEX report_by_source ON report (source_delegation);

CREATE FUNCTION report_revision_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'report revisions are never changed or removed; amend the report instead';
END $$;

CREATE TRIGGER report_revision_append_only BEFORE UPDATE OR DELETE ON report_revision
    FOR EACH ROW EXECUTE FUNCTION report_revision_is_append_only();
