-- A short code mailed beside a link, to type where the form is when the
-- link opens on another device. Only its keyed hash is kept; it dies with
-- its link, and after a few tries (right or wrong) it dies on its own.
ALTER TABLE email_tokens ADD COLUMN code_hash TEXT;
ALTER TABLE email_tokens ADD COLUMN code_tries BIGINT NOT NULL DEFAULT 0;
