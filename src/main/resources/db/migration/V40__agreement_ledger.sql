-- The agreement module in the ledger: every agreement established, member added, clause version, actor revision,
-- designation, dispute and zone is logged in the transaction that writes it, each row keeping the random salt of its
-- entry's content hash. Rows written before the ledger logged them have none, and no entry.
ALTER TABLE agreement ADD COLUMN established_by TEXT;
ALTER TABLE agreement ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE agreement_member ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE clause_version ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);

-- An actor is kept in revisions: its registration, then each alias or affiliation added and each seed that brought it
-- up to date. A revision keeps the actor's name, kind and UCDP id as they were after it (the actor's row holds them as
-- they are now), and the aliases and affiliations it added carry its number.
CREATE TABLE actor_revision (
    actor_id    UUID NOT NULL REFERENCES actor (id),
    revision    INT NOT NULL CHECK (revision >= 1),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    ucdp_id     INT,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    salt        BYTEA NOT NULL CHECK (length(salt) BETWEEN 16 AND 32),
    PRIMARY KEY (actor_id, revision)
);
ALTER TABLE actor_alias ADD COLUMN revision INT;
ALTER TABLE actor_affiliation ADD COLUMN revision INT;

ALTER TABLE designation ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE designation_dispute ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE zone ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
