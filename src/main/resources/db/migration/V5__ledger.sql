-- The ledger (DESIGN §5): an append-only RFC 9162 Merkle log. Entries hold a salted hash of their subject's content,
-- never the content, so the log and its proofs can be shown to everyone.

-- Entries recorded by domain transactions, in the same transaction as the change they log: the ledger's outbox. The
-- sequencer gives them their index and deletes them; the ticket is what a caller waits on for its receipt.
CREATE TABLE ledger_pending (
    ticket       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type         TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    delegation   TEXT NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash BYTEA NOT NULL CHECK (length(content_hash) = 32),
    queued_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()
);

-- The one row every sequencer locks (SELECT … FOR UPDATE): one batch at a time across every application instance.
CREATE TABLE ledger_head (
    id   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    size BIGINT NOT NULL CHECK (size >= 0)
);
INSERT INTO ledger_head (size) VALUES (0);

-- The log: entry = the leaf's input (canonical JSON), leaf_hash = SHA-256(0x00 ‖ entry).
CREATE TABLE ledger_entry (
    idx          BIGINT PRIMARY KEY CHECK (idx >= 0),
    ticket       BIGINT NOT NULL UNIQUE,
    entry        BYTEA NOT NULL,
    leaf_hash    BYTEA NOT NULL,
    sequenced_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Hashes of the complete subtrees above the leaves: (level, idx) covers leaves [idx·2^level, (idx+1)·2^level).
-- Any root or proof folds O(log n) of them.
CREATE TABLE ledger_node (
    level SMALLINT NOT NULL CHECK (level BETWEEN 1 AND 62),
    idx   BIGINT NOT NULL CHECK (idx >= 0),
    hash  BYTEA NOT NULL,
    PRIMARY KEY (level, idx)
);

-- Checkpoints as the log signed them (C2SP tlog-checkpoint signed notes), at most one per size.
CREATE TABLE ledger_checkpoint (
    size      BIGINT PRIMARY KEY CHECK (size >= 0),
    note      TEXT NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each guarantor delegation's witness key (a C2SP vkey of type 0x04, cosignature/v1), replaceable.
CREATE TABLE ledger_witness (
    delegation    TEXT PRIMARY KEY,
    vkey          TEXT NOT NULL,
    key_name      TEXT NOT NULL UNIQUE,
    registered_by TEXT NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Witness cosignatures on checkpoints: the signature line, the key it verified with, and the witness's own time.
CREATE TABLE ledger_cosignature (
    size        BIGINT NOT NULL REFERENCES ledger_checkpoint (size),
    delegation  TEXT NOT NULL,
    vkey        TEXT NOT NULL,
    line        TEXT NOT NULL,
    cosigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (size, delegation)
);
