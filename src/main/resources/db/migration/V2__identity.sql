CREATE TABLE delegation (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9]{1,11}$'),
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('GUARANTOR', 'PARTY', 'OBSERVER', 'MEDIATOR', 'MONITOR', 'SECRETARIAT')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    username            TEXT PRIMARY KEY,
    delegation_code     TEXT NOT NULL REFERENCES delegation (code),
    password_hash       TEXT NOT NULL,
    administrator       BOOLEAN NOT NULL DEFAULT FALSE,
    enabled             BOOLEAN NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Only the SHA-256 of a token is kept; the secret is shown once, when issued.
CREATE TABLE api_token (
    id           UUID PRIMARY KEY,
    username     TEXT NOT NULL REFERENCES app_user (username),
    name         TEXT NOT NULL,
    token_hash   BYTEA NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_by_user ON api_token (username);

CREATE TABLE login_throttle (
    throttle_key    TEXT PRIMARY KEY,
    failures        INT NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE
);

-- Web sessions live in the database so that application nodes stay stateless (Spring Session JDBC).
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL PRIMARY KEY,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
