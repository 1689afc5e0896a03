-- An incident a guarantor has logged or a case is open on: the engine no longer moves its reports when it regroups the
-- reports around a new one (analysts still may, and an amended report still leaves an incident it no longer fits).
ALTER TABLE incident ADD COLUMN held BOOLEAN NOT NULL DEFAULT false;
