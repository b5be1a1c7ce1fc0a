-- Fixed-window rate-limit counters, shared by every instance. The bucket
-- names a limit and a keyed hash of what is limited (a client address, an
-- account), never the address or the account itself.
CREATE TABLE rate_limits (
    bucket       VARCHAR(255) NOT NULL PRIMARY KEY,
    window_start BIGINT       NOT NULL,
    hits         BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
