-- Entries found by the subject they log, so that whoever may read a record is given its entries (GET …/ledger in each
-- module) without a scan of the log. The column repeats the subjectId of the entry's canonical JSON, written with the
-- entry by the sequencer; the entry stays the truth, and a lookup keeps only entries whose JSON names the subject asked
-- for. Pending entries keep their subject already; they are few and short-lived, so they are not indexed.
ALTER TABLE ledger_entry ADD COLUMN subject_id TEXT;
UPDATE ledger_entry SET subject_id = convert_from(entry, 'UTF8')::jsonb ->> 'subjectId';
ALTER TABLE ledger_entry ALTER COLUMN subject_id SET NOT NULL;
CREATE INDEX ledger_entry_subject ON ledger_entry (subject_id);
