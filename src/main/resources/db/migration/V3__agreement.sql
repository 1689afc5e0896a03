-- The agreement module's register: agreements with versioned clauses, the actor registry, zones.
-- Delegations belong to the identity module: they are referred to by code only, and checked through its API.
-- Every "effective" period is half-open, [effective_from, effective_to), effective_to NULL while open-ended.

CREATE TABLE agreement (
    id             UUID PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    signed_on      DATE NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_rule  TEXT NOT NULL DEFAULT 'UNANIMITY' CHECK (decision_rule IN ('UNANIMITY', 'MAJORITY')),
    established_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE agreement_member (
    agreement_id    UUID NOT NULL REFERENCES agreement (id),
    delegation_code TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('GUARANTOR', 'PARTY', 'OBSERVER', 'MEDIATOR', 'MONITOR', 'SECRETARIAT')),
    PRIMARY KEY (agreement_id, delegation_code, role)
);

-- A clause is the series of its versions; an amendment inserts the next version and updates nothing.
CREATE TABLE clause_version (
    agreement_id   UUID NOT NULL REFERENCES agreement (id),
    clause_number  TEXT NOT NULL,
    version        INT NOT NULL CHECK (version >= 1),
    text           TEXT NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_to   TIMESTAMP WITH TIME ZONE CHECK (effective_to > effective_from),
    amended_by     TEXT NOT NULL,
    reason         TEXT,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agreement_id, clause_number, version)
);

-- search_key columns hold names lower-cased without accents or apostrophes (computed by the application), so that
-- searches need no database extension. The registry is small; a sequential scan of it is cheap.
CREATE TABLE actor (
    id            UUID PRIMARY KEY,
    name          TEXT NOT NULL,
    search_key    TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN ('STATE_FORCE', 'PRO_GOVERNMENT_MILITIA', 'ARMED_GROUP', 'COALITION', 'INFORMAL_GROUP')),
    ucdp_id       INT UNIQUE CHECK (ucdp_id > 0),
    registered_by TEXT NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE actor_alias (
    actor_id   UUID NOT NULL REFERENCES actor (id),
    alias      TEXT NOT NULL,
    search_key TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (actor_id, search_key)
);

-- To a party delegation or to a backing actor, never both.
CREATE TABLE actor_affiliation (
    id             UUID PRIMARY KEY,
    actor_id       UUID NOT NULL REFERENCES actor (id),
    party          TEXT,
    backer_id      UUID REFERENCES actor (id),
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_to   TIMESTAMP WITH TIME ZONE CHECK (effective_to > effective_from),
    recorded_by    TEXT NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((party IS NULL) <> (backer_id IS NULL)),
    CHECK (backer_id <> actor_id)
);
-- Recorded once, however often a seed runs; also serves the look-up by actor.
CREATE UNIQUE INDEX actor_affiliation_once ON actor_affiliation (actor_id, COALESCE(party, ''), COALESCE(backer_id::TEXT, ''),
    effective_from, COALESCE(effective_to, 'infinity'::TIMESTAMP WITH TIME ZONE));

CREATE TABLE designation (
    id             UUID PRIMARY KEY,
    actor_id       UUID NOT NULL REFERENCES actor (id),
    kind           TEXT NOT NULL CHECK (kind IN ('EXCLUDED_FROM_TRUCE', 'TERRORIST_LISTED')),
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_to   TIMESTAMP WITH TIME ZONE CHECK (effective_to > effective_from),
    designated_by  TEXT NOT NULL,
    basis          TEXT NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The same designation by the same delegation is recorded once, however often a seed runs.
CREATE UNIQUE INDEX designation_once ON designation
    (actor_id, kind, designated_by, effective_from, COALESCE(effective_to, 'infinity'::TIMESTAMP WITH TIME ZONE));

-- Disputes are only ever added: one per delegation and designation.
CREATE TABLE designation_dispute (
    designation_id UUID NOT NULL REFERENCES designation (id),
    disputed_by    TEXT NOT NULL,
    reason         TEXT NOT NULL,
    disputed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (designation_id, disputed_by)
);

-- Geometry is kept as GeoJSON text (WGS84); the bounding box pre-filters point-in-zone searches before the exact
-- test runs in the application (JTS), so no spatial extension is needed.
CREATE TABLE zone (
    id              UUID PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('CEASEFIRE', 'EXCLUDED_CONTROL', 'DE_ESCALATION', 'PROTECTED_SITE', 'WITHDRAWAL_LINE')),
    effective_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_to    TIMESTAMP WITH TIME ZONE CHECK (effective_to > effective_from),
    confidentiality TEXT NOT NULL CHECK (confidentiality IN ('PUBLIC', 'MECHANISM', 'GUARANTORS', 'PRIVATE')),
    owner           TEXT NOT NULL,
    geometry        TEXT NOT NULL,
    min_lat         DOUBLE PRECISION NOT NULL CHECK (min_lat BETWEEN -90 AND 90),
    max_lat         DOUBLE PRECISION NOT NULL CHECK (max_lat BETWEEN min_lat AND 90),
    min_lon         DOUBLE PRECISION NOT NULL CHECK (min_lon BETWEEN -180 AND 180),
    max_lon         DOUBLE PRECISION NOT NULL CHECK (max_lon BETWEEN min_lon AND 180),
    defined_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (owner, kind, name, effective_from)
);
CREATE INDEX zone_by_bbox ON zone (min_lat, max_lat, min_lon, max_lon);
