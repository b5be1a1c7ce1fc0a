-- Accounts. Usernames and emails are kept as typed and matched through their
-- lower-cased keys, so "Ada" and "ada" are one name.
CREATE TABLE users (
    id                 INTEGER PRIMARY KEY,
    username           TEXT    NOT NULL,
    username_key       TEXT    NOT NULL UNIQUE,
    email              TEXT    NOT NULL,
    email_key          TEXT    NOT NULL UNIQUE,
    password_hash      TEXT    NOT NULL,
    -- Unix seconds; NULL until the address is confirmed.
    email_confirmed_at BIGINT,
    created_at         BIGINT  NOT NULL
);
