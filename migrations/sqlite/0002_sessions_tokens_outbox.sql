-- Server-side sessions. Only a keyed hash of the session id is stored, so a
-- copy of this table signs nobody in.
CREATE TABLE sessions (
    id_hash      TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- 1 with "remember me", else 0 (sqlx's Any driver has no SQLite boolean).
    remember     BIGINT  NOT NULL,
    user_agent   TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    last_seen_at BIGINT  NOT NULL,
    -- Absolute end; the idle end is last_seen_at plus the idle timeout.
    expires_at   BIGINT  NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Emailed one-time tokens, stored as keyed hashes. A token dies when used,
-- when it expires, or when a newer token of its purpose is issued (superseded).
CREATE TABLE email_tokens (
    id            INTEGER PRIMARY KEY,
    token_hash    TEXT    NOT NULL UNIQUE,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose       TEXT    NOT NULL,
    -- The address the token vouches for; a change of address kills it.
    email         TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    expires_at    BIGINT  NOT NULL,
    used_at       BIGINT,
    superseded_at BIGINT
);
CREATE INDEX email_tokens_user_purpose ON email_tokens (user_id, purpose);

-- Transactional outbox: written in the same transaction as the change that
-- causes the email, sent later by the worker, retried with backoff.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    html_body       TEXT    NOT NULL,
    text_body       TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    attempts        BIGINT  NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    -- A worker's claim on the row; another may take it once this has passed.
    claimed_until   BIGINT,
    sent_at         BIGINT,
    dead_at         BIGINT,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND dead_at IS NULL;
