-- Spring Modulith's event publication registry (schema v2): the outbox through which modules react to each other.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Reads of GUARANTORS and PRIVATE items by delegations other than the owner (DESIGN §2).
CREATE TABLE access_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    username     TEXT NOT NULL,
    delegation   TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id   UUID NOT NULL,
    level        TEXT NOT NULL,
    owner        TEXT
);
CREATE INDEX access_log_by_owner ON access_log (owner, read_at);
CREATE INDEX access_log_by_subject ON access_log (subject_type, subject_id);
