-- Humanitarian items in the ledger: every item raised, status change, commitment made and commitment met is logged in
-- the transaction that writes it, each row keeping the random salt of its entry's content hash. A commitment keeps two:
-- what was undertaken (salt) and its being met (met_salt), logged as two subjects, so that recording it as met, the one
-- update of the module, leaves what was made verifiable. Rows written before the ledger logged them have none, and no
-- entry.
ALTER TABLE humanitarian_item ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);

-- Who recorded a commitment: the party itself, or the secretariat for one made in a meeting (unknown for older rows).
ALTER TABLE humanitarian_commitment ADD COLUMN recorded_by TEXT;
ALTER TABLE humanitarian_commitment ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
ALTER TABLE humanitarian_commitment ADD COLUMN met_salt BYTEA CHECK (length(met_salt) BETWEEN 16 AND 32);

-- A status change is named by its place in the item's history, as the ledger's subject <item id>/status/<number>.
ALTER TABLE humanitarian_status_change ADD COLUMN number INT;
UPDATE humanitarian_status_change s SET number = n.number
FROM (SELECT ctid, row_number() OVER (PARTITION BY item_id ORDER BY changed_at) AS number FROM humanitarian_status_change) n
WHERE s.ctid = n.ctid;
ALTER TABLE humanitarian_status_change ALTER COLUMN number SET NOT NULL;
ALTER TABLE humanitarian_status_change ADD PRIMARY KEY (item_id, number);
ALTER TABLE humanitarian_status_change ADD COLUMN salt BYTEA CHECK (length(salt) BETWEEN 16 AND 32);
