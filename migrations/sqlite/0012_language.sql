-- The language the account's pages and emails are in: one of the codes in
-- domain::language::LANGUAGES, saved at registration and in settings. NULL
-- (accounts from before) means the request's own language.
ALTER TABLE users ADD COLUMN language TEXT;
