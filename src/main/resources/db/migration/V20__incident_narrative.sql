-- What the correlation engine compares of a report beyond V10's columns: how many of the dead were civilians, and the
-- telling words (terms) of its narrative. counted_terms are the terms of the report as last counted in incident_term,
-- so that an amendment moves the counts from its old terms to its new ones.
ALTER TABLE incident_report ADD COLUMN civilians_killed INT;
ALTER TABLE incident_report ADD COLUMN terms TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE incident_report ADD COLUMN counted_terms TEXT[];

-- In how many reports each term occurs, and how many reports have been counted: what weighs a term shared by two
-- narratives by its rarity. Written only by the correlation pass, under its lock.
CREATE TABLE incident_term (
    term    TEXT PRIMARY KEY,
    reports BIGINT NOT NULL CHECK (reports >= 0)
);
CREATE TABLE incident_term_count (
    only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
    reports  BIGINT NOT NULL CHECK (reports >= 0)
);
INSERT INTO incident_term_count (reports) VALUES (0);

-- The reports a link's score compared the report with: its score and explanation are shown only to a viewer who may
-- see all of them, since they describe those reports.
ALTER TABLE incident_link ADD COLUMN compared_with UUID[] NOT NULL DEFAULT '{}';
