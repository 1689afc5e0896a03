-- The salts of the ledger entries of verification, meetings and evidence, kept beside the records they hash.
ALTER TABLE case_revision ADD COLUMN salt BYTEA;
ALTER TABLE guarantor_log_entry ADD COLUMN salt BYTEA;
ALTER TABLE log_cross_check ADD COLUMN salt BYTEA;
ALTER TABLE meeting_revision ADD COLUMN salt BYTEA;
ALTER TABLE meeting_action_item ADD COLUMN salt BYTEA;
ALTER TABLE meeting_action_item ADD COLUMN closure_salt BYTEA;
ALTER TABLE evidence ADD COLUMN salt BYTEA;
