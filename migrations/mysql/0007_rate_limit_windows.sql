-- Each bucket keeps its window, so that one statement can count a request
-- against several limits at once (a sign-in: the client address, the name
-- typed and the account).
ALTER TABLE rate_limits ADD COLUMN window_ms BIGINT NOT NULL DEFAULT 0;
