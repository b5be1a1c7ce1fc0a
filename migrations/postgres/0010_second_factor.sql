-- The authenticator-app second factor: its key, sealed with a key derived
-- from SECRET_KEY (auth::sealed), once it is on; the key being set up,
-- until a code from the app turns it on; and the newest time step a code
-- was accepted for, so no code signs in twice.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;

-- Single-use recovery codes, as keyed hashes; a new set deletes the old.
CREATE TABLE recovery_codes (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  TEXT    NOT NULL UNIQUE,
    created_at BIGINT  NOT NULL,
    used_at    BIGINT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- A sign-in whose password was right, waiting for its second factor: the
-- keyed hash of the id in the browser's cookie, and what the sign-in asked for.
CREATE TABLE sign_in_challenges (
    id_hash    TEXT    PRIMARY KEY,
    user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- 1 with "remember me", else 0.
    remember   BIGINT  NOT NULL,
    next       TEXT,
    -- The name typed with the password, whose failure count the sign-in
    -- clears once the code is right too.
    login_key  TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX sign_in_challenges_user ON sign_in_challenges (user_id);
