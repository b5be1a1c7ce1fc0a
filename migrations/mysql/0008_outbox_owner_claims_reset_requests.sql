-- Whose mail a row is: deleting an account deletes the mail queued for it.
ALTER TABLE outbox
  ADD COLUMN user_id BIGINT,
  ADD CONSTRAINT outbox_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
-- The claim that holds the row: only the worker that holds it records how
-- its send went, so an email is never marked for another's attempt.
ALTER TABLE outbox ADD COLUMN claim_id BIGINT;
-- Sent and dead rows are purged after a retention period. MariaDB has no
-- expression index for COALESCE(sent_at, dead_at): the hourly purge reads
-- the table, which holds only the mail of that period.

-- "Forgot your password?" requests, written before the answer whether or
-- not an account has the address, so the answer costs the same and a crash
-- after it loses nothing. A worker turns each into a link, or into nothing.
CREATE TABLE reset_requests (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(254) NOT NULL,
    created_at BIGINT       NOT NULL,
    -- Failed tries; a request that keeps failing is given up after a few.
    attempts   BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
