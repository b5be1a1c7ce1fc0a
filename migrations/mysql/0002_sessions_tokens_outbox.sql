-- Server-side sessions. Only a keyed hash of the session id is stored, so a
-- copy of this table signs nobody in.
CREATE TABLE sessions (
    id_hash      VARCHAR(128) NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    -- 1 with "remember me", else 0 (sqlx's Any driver reads no TINYINT).
    remember     BIGINT       NOT NULL,
    user_agent   VARCHAR(255) NOT NULL,
    created_at   BIGINT       NOT NULL,
    last_seen_at BIGINT       NOT NULL,
    -- Absolute end; the idle end is last_seen_at plus the idle timeout.
    expires_at   BIGINT       NOT NULL,
    CONSTRAINT sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Emailed one-time tokens, stored as keyed hashes. A token dies when used,
-- when it expires, or when a newer token of its purpose is issued (superseded).
CREATE TABLE email_tokens (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash    VARCHAR(128) NOT NULL UNIQUE,
    user_id       BIGINT       NOT NULL,
    purpose       VARCHAR(32)  NOT NULL,
    -- The address the token vouches for; a change of address kills it.
    email         VARCHAR(254) NOT NULL,
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL,
    used_at       BIGINT,
    superseded_at BIGINT,
    CONSTRAINT email_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX email_tokens_user_purpose (user_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Transactional outbox: written in the same transaction as the change that
-- causes the email, sent later by the worker, retried with backoff. The
-- bodies are MEDIUMTEXT: a TEXT column would cap an email at 64 KB.
CREATE TABLE outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(998) NOT NULL,
    html_body       MEDIUMTEXT   NOT NULL,
    text_body       MEDIUMTEXT   NOT NULL,
    created_at      BIGINT       NOT NULL,
    attempts        BIGINT       NOT NULL DEFAULT 0,
    next_attempt_at BIGINT       NOT NULL,
    -- A worker's claim on the row; another may take it once this has passed.
    claimed_until   BIGINT,
    sent_at         BIGINT,
    dead_at         BIGINT,
    last_error      TEXT,
    -- MySQL has no partial index: the due rows are the ones whose sent_at
    -- and dead_at are NULL, first in this index.
    INDEX outbox_due (sent_at, dead_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
