-- Proposals and proximity talks in the ledger: every version, position and status change of a proposal, every set of
-- talks opened and every message posted or relayed is logged in the transaction that writes it. Each row keeps the
-- random salt of its entry's content hash. Rows written before the ledger logged them have none, and no entry.
-- The append-only triggers of V14 stay: the ledger names a change made around them, they refuse the ordinary ones.
ALTER TABLE proposal_version ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE proposal_position ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE proposal_status_change ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE talks ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE talks_message ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
