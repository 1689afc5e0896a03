-- The talks module: proposals with their versions, positions and status changes; proximity talks with a thread per
-- party and the messages in it. Everything but a proposal's head row (its current status and version) is only ever
-- inserted: the trigger at the end refuses any UPDATE or DELETE.

CREATE TABLE proposal (
    id                UUID PRIMARY KEY,
    title             TEXT NOT NULL,
    submitted_by      TEXT NOT NULL,
    submitted_by_user TEXT NOT NULL,
    confidentiality   TEXT NOT NULL CHECK (confidentiality IN ('PUBLIC', 'MECHANISM', 'GUARANTORS', 'PRIVATE')),
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('TABLED', 'UNDER_DISCUSSION', 'ADOPTED', 'WITHDRAWN')),
    current_version   INT NOT NULL
);
CREATE INDEX proposal_by_submission ON proposal (submitted_at DESC);

-- Version 1 is the text as tabled; each later one a revision by the submitter, with its reason.
CREATE TABLE proposal_version (
    proposal_id      UUID NOT NULL REFERENCES proposal (id),
    version          INT NOT NULL CHECK (version >= 1),
    text             TEXT NOT NULL,
    reason           TEXT CHECK ((version = 1) = (reason IS NULL)),
    recorded_by      TEXT NOT NULL,
    recorded_by_user TEXT NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (proposal_id, version)
);

ALTER TABLE proposal ADD CONSTRAINT proposal_current_version_fk
    FOREIGN KEY (id, current_version) REFERENCES proposal_version (proposal_id, version) DEFERRABLE INITIALLY DEFERRED;

-- A delegation's positions on one version: the highest number is the current one, the others stay as history.
CREATE TABLE proposal_position (
    proposal_id   UUID NOT NULL,
    version       INT NOT NULL,
    delegation    TEXT NOT NULL,
    number        INT NOT NULL CHECK (number >= 1),
    stance        TEXT NOT NULL CHECK (stance IN ('SUPPORT', 'OPPOSE', 'AMEND')),
    text          TEXT CHECK (stance <> 'AMEND' OR text IS NOT NULL),
    taken_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_by_user TEXT NOT NULL,
    PRIMARY KEY (proposal_id, version, delegation, number),
    FOREIGN KEY (proposal_id, version) REFERENCES proposal_version (proposal_id, version)
);

CREATE TABLE proposal_status_change (
    proposal_id     UUID NOT NULL REFERENCES proposal (id),
    number          INT NOT NULL CHECK (number >= 1),
    from_status     TEXT NOT NULL,
    to_status       TEXT NOT NULL,
    reason          TEXT NOT NULL,
    changed_by      TEXT NOT NULL,
    changed_by_user TEXT NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (proposal_id, number)
);

-- Proximity talks: the mediator is named per set of talks, whatever the delegation's role elsewhere.
CREATE TABLE talks (
    id             UUID PRIMARY KEY,
    title          TEXT NOT NULL,
    mediator       TEXT NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by_user TEXT NOT NULL
);
CREATE INDEX talks_by_mediator ON talks (mediator);

CREATE TABLE talks_thread (
    id       UUID PRIMARY KEY,
    talks_id UUID NOT NULL REFERENCES talks (id),
    party    TEXT NOT NULL,
    UNIQUE (talks_id, party)
);
CREATE INDEX talks_thread_by_party ON talks_thread (party);

-- seq orders a thread's messages even when two share an instant; it is never shown.
CREATE TABLE talks_message (
    id                UUID PRIMARY KEY,
    seq               BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    thread_id         UUID NOT NULL REFERENCES talks_thread (id),
    author            TEXT NOT NULL CHECK (author IN ('PARTY', 'MEDIATOR')),
    author_delegation TEXT NOT NULL,
    author_user       TEXT NOT NULL,
    text              TEXT NOT NULL,
    posted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    relay_of          UUID REFERENCES talks_message (id) CHECK (relay_of IS NULL OR author = 'MEDIATOR')
);
CREATE INDEX talks_message_by_thread ON talks_message (thread_id, seq);

CREATE FUNCTION talks_rows_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed or removed', TG_TABLE_NAME;
END $$;

CREATE TRIGGER proposal_version_append_only BEFORE UPDATE OR DELETE ON proposal_version
    FOR EACH ROW EXECUTE FUNCTION talks_rows_are_append_only();
CREATE TRIGGER proposal_position_append_only BEFORE UPDATE OR DELETE ON proposal_position
    FOR EACH ROW EXECUTE FUNCTION talks_rows_are_append_only();
CREATE TRIGGER proposal_status_change_append_only BEFORE UPDATE OR DELETE ON proposal_status_change
    FOR EACH ROW EXECUTE FUNCTION talks_rows_are_append_only();
CREATE TRIGGER talks_append_only BEFORE UPDATE OR DELETE ON talks
    FOR EACH ROW EXECUTE FUNCTION talks_rows_are_append_only();
CREATE TRIGGER talks_thread_append_only BEFORE UPDATE OR DELETE ON talks_thread
    FOR EACH ROW EXECUTE FUNCTION talks_rows_are_append_only();
CREATE TRIGGER talks_message_append_only BEFORE UPDATE OR DELETE ON talks_message
    FOR EACH ROW EXECUTE FUNCTION talks_rows_are_append_only();
