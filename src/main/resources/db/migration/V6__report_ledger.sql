-- Every report revision is logged in the ledger (V5), in the transaction that writes it. The revision keeps the random
-- salt of its content hash, so that whoever may read it can check it against the log, and the ticket of its entry.
-- Revisions written before the ledger have neither until the application logs them at its next start.
ALTER TABLE report_revision ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE report_revision ADD COLUMN ledger_ticket BIGINT UNIQUE;

-- The ledger, not a trigger, now stands guard over revisions: a trigger can be dropped by whoever can change the
-- database and leaves no trace, while a change made around the application is found, and its entry named, by
-- `truce ledger verify`. The salt and ticket above are written once, when a revision without them is logged.
DROP TRIGGER report_revision_append_only ON report_revision;
DROP FUNCTION report_revision_is_append_only();
