-- The authenticator-app second factor: its key, sealed with a key derived
-- from SECRET_KEY (auth::sealed), once it is on; the key being set up,
-- until a code from the app turns it on; and the newest time step a code
-- was accepted for, so no code signs in twice.
ALTER TABLE users
  ADD COLUMN totp_secret VARCHAR(255),
  ADD COLUMN totp_pending VARCHAR(255),
  ADD COLUMN totp_last_step BIGINT;

-- Single-use recovery codes, as keyed hashes; a new set deletes the old.
CREATE TABLE recovery_codes (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    code_hash  VARCHAR(128) NOT NULL UNIQUE,
    created_at BIGINT       NOT NULL,
    used_at    BIGINT,
    CONSTRAINT recovery_codes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A sign-in whose password was right, waiting for its second factor: the
-- keyed hash of the id in the browser's cookie, and what the sign-in asked for.
CREATE TABLE sign_in_challenges (
    id_hash    VARCHAR(128) NOT NULL PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    -- 1 with "remember me", else 0.
    remember   BIGINT       NOT NULL,
    next       VARCHAR(2048),
    -- The name typed with the password, whose failure count the sign-in
    -- clears once the code is right too.
    login_key  VARCHAR(320)  NOT NULL,
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    CONSTRAINT sign_in_challenges_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
