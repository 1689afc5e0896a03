-- Evidence attachments; the files themselves live in the content-addressed store under their SHA-256.
CREATE TABLE evidence (
    id              UUID PRIMARY KEY,
    subject_type    TEXT NOT NULL,
    subject_id      UUID NOT NULL,
    sha256          TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size            BIGINT NOT NULL CHECK (size > 0),
    media_type      TEXT NOT NULL,
    filename        TEXT NOT NULL,
    description     TEXT NOT NULL,
    confidentiality TEXT NOT NULL CHECK (confidentiality IN ('PUBLIC', 'MECHANISM', 'GUARANTORS', 'PRIVATE')),
    owner           TEXT NOT NULL,
    uploaded_by     TEXT NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evidence_by_subject ON evidence (subject_type, subject_id);
CREATE INDEX evidence_by_hash ON evidence (sha256);
