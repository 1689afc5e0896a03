CREATE TABLE humanitarian_item (
    id              UUID PRIMARY KEY,
    kind            TEXT NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL,
    raised_by       TEXT NOT NULL,
    confidentiality TEXT NOT NULL CHECK (confidentiality IN ('PUBLIC', 'MECHANISM', 'GUARANTORS', 'PRIVATE')),
    status          TEXT NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE humanitarian_commitment (
    id              UUID PRIMARY KEY,
    item_id         UUID NOT NULL REFERENCES humanitarian_item (id),
    party           TEXT NOT NULL,
    text            TEXT NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    met_at          TIMESTAMP WITH TIME ZONE,
    met_recorded_by TEXT,
    note            TEXT
);
CREATE INDEX humanitarian_commitment_by_due ON humanitarian_commitment (due_at);

CREATE TABLE humanitarian_status_change (
    item_id     UUID NOT NULL REFERENCES humanitarian_item (id),
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      TEXT NOT NULL
);
