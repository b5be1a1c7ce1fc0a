-- Whose mail a row is: deleting an account deletes the mail queued for it.
ALTER TABLE outbox ADD COLUMN user_id BIGINT REFERENCES users (id) ON DELETE CASCADE;
CREATE INDEX outbox_user ON outbox (user_id);
-- The claim that holds the row: only the worker that holds it records how
-- its send went, so an email is never marked for another's attempt.
ALTER TABLE outbox ADD COLUMN claim_id BIGINT;
-- Sent and dead rows are purged after a retention period.
CREATE INDEX outbox_finished ON outbox (COALESCE(sent_at, dead_at)) WHERE sent_at IS NOT NULL OR dead_at IS NOT NULL;

-- "Forgot your password?" requests, written before the answer whether or
-- not an account has the address, so the answer costs the same and a crash
-- after it loses nothing. A worker turns each into a link, or into nothing.
CREATE TABLE reset_requests (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    -- Failed tries; a request that keeps failing is given up after a few.
    attempts   BIGINT  NOT NULL DEFAULT 0
);
