-- An address typed to replace a mistyped one before it was confirmed. It
-- is held here, whether or not another account has it, until the link sent
-- to it is opened; the page shows it either way, so nobody learns which
-- addresses have accounts.
ALTER TABLE users ADD COLUMN pending_email VARCHAR(254);
