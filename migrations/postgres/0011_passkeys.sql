-- Passkeys. The id an account's passkeys carry as WebAuthn's user handle:
-- random (never the row id), made when the first passkey is added.
ALTER TABLE users ADD COLUMN webauthn_id TEXT;
CREATE UNIQUE INDEX users_webauthn_id ON users (webauthn_id);

-- One row per passkey: the credential as webauthn-rs keeps it (JSON: its
-- id, public key, counter), and the hash of its id, unique across every
-- account, to find it by.
CREATE TABLE passkeys (
    id             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id        BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_key TEXT    NOT NULL UNIQUE,
    credential     TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    last_used_at   BIGINT
);
CREATE INDEX passkeys_user ON passkeys (user_id);

-- A ceremony under way (adding a passkey, or signing in with one): its
-- state, kept here for a few minutes and used once; the browser holds the
-- id in a cookie.
CREATE TABLE passkey_ceremonies (
    id_hash    TEXT    PRIMARY KEY,
    kind       TEXT    NOT NULL,
    user_id    BIGINT  REFERENCES users (id) ON DELETE CASCADE,
    state      TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);
