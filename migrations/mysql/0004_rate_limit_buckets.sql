-- Rate limits become token buckets: no window boundary where twice the
-- limit gets through. Each hit adds one interval (window / limit) to
-- drained_at, the moment (ms since the epoch) by which every hit counted so
-- far has drained away; a hit is refused when that would pass now + window.
DROP TABLE rate_limits;
CREATE TABLE rate_limits (
    bucket     VARCHAR(255) NOT NULL PRIMARY KEY,
    drained_at BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
