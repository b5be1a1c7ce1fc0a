-- At most one live link per account and purpose, enforced by the database:
-- concurrent requests cannot leave two. Links left live beside a newer one
-- by earlier versions are marked replaced first.
UPDATE email_tokens SET superseded_at = created_at
WHERE used_at IS NULL AND superseded_at IS NULL
  AND id NOT IN (
    SELECT MAX(id) FROM email_tokens
    WHERE used_at IS NULL AND superseded_at IS NULL
    GROUP BY user_id, purpose
  );
CREATE UNIQUE INDEX email_tokens_one_live ON email_tokens (user_id, purpose)
WHERE used_at IS NULL AND superseded_at IS NULL;

-- Usernames held without an account: one typed at registration with an
-- address that already has an account is held as long as a new account's
-- would be, so the live username check cannot tell whether it was new.
CREATE TABLE reserved_usernames (
    username_key TEXT   PRIMARY KEY,
    expires_at   BIGINT NOT NULL
);
