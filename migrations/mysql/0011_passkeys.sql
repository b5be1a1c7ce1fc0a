-- Passkeys. The id an account's passkeys carry as WebAuthn's user handle:
-- random (never the row id), made when the first passkey is added.
ALTER TABLE users ADD COLUMN webauthn_id VARCHAR(36), ADD UNIQUE INDEX users_webauthn_id (webauthn_id);

-- One row per passkey: the credential as webauthn-rs keeps it (JSON: its
-- id, public key, counter), and the hash of its id, unique across every
-- account, to find it by. VARCHAR, not TEXT: sqlx's Any driver reads
-- MySQL's TEXT as bytes.
CREATE TABLE passkeys (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id        BIGINT       NOT NULL,
    credential_key VARCHAR(64)  NOT NULL UNIQUE,
    credential     VARCHAR(8000) NOT NULL,
    name           VARCHAR(255) NOT NULL,
    created_at     BIGINT       NOT NULL,
    last_used_at   BIGINT,
    CONSTRAINT passkeys_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A ceremony under way (adding a passkey, or signing in with one): its
-- state, kept here for a few minutes and used once; the browser holds the
-- id in a cookie.
CREATE TABLE passkey_ceremonies (
    id_hash    VARCHAR(128) NOT NULL PRIMARY KEY,
    kind       VARCHAR(16)  NOT NULL,
    user_id    BIGINT,
    state      VARCHAR(8000) NOT NULL,
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    CONSTRAINT passkey_ceremonies_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
