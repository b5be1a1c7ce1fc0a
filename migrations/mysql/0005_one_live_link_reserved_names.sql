-- At most one live link per account and purpose, enforced by the database:
-- concurrent requests cannot leave two. Links left live beside a newer one
-- by earlier versions are marked replaced first (MySQL reads the newest
-- through a derived table: it cannot update a table its subquery reads).
UPDATE email_tokens SET superseded_at = created_at
WHERE used_at IS NULL AND superseded_at IS NULL
  AND id NOT IN (
    SELECT id FROM (
      SELECT MAX(id) AS id FROM email_tokens
      WHERE used_at IS NULL AND superseded_at IS NULL
      GROUP BY user_id, purpose
    ) AS newest
  );
-- MySQL has no partial index. A generated column holds the purpose while
-- the link is live and NULL after; a unique key allows many NULLs.
ALTER TABLE email_tokens
  ADD COLUMN live_purpose VARCHAR(32)
    AS (CASE WHEN used_at IS NULL AND superseded_at IS NULL THEN purpose END) STORED,
  ADD UNIQUE INDEX email_tokens_one_live (user_id, live_purpose);

-- Usernames held without an account: one typed at registration with an
-- address that already has an account is held as long as a new account's
-- would be, so the live username check cannot tell whether it was new.
CREATE TABLE reserved_usernames (
    username_key VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at   BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
