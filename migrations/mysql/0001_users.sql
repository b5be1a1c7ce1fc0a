-- Accounts. Usernames and emails are kept as typed and matched through their
-- lower-cased keys, so "Ada" and "ada" are one name.
--
-- Every table of this schema stores utf8mb4 and compares byte for byte
-- (utf8mb4_bin), whatever the server's default: the application folds case
-- itself, into the keys, and a case- or accent-insensitive collation such as
-- MariaDB's default would make equal, in a unique key or a lookup, strings
-- the application holds apart. Lengths are the most the application writes;
-- strict mode (the default of both servers) refuses more, never cuts it.
CREATE TABLE users (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username           VARCHAR(64)  NOT NULL,
    username_key       VARCHAR(64)  NOT NULL UNIQUE,
    email              VARCHAR(254) NOT NULL,
    email_key          VARCHAR(254) NOT NULL UNIQUE,
    password_hash      VARCHAR(255) NOT NULL,
    -- Unix seconds; NULL until the address is confirmed.
    email_confirmed_at BIGINT,
    created_at         BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
