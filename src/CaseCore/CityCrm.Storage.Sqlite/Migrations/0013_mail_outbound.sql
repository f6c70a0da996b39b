-- Automatic (bot) emails sent per mailbox and address: the hourly limit on automatic replies counts them, and
-- keeping them in the database means a restart does not reset it. Rows older than a day are pruned on insert.
CREATE TABLE mail_auto_replies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    inbox_id TEXT NOT NULL,
    address TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX ix_mail_auto_replies_address ON mail_auto_replies (inbox_id, address, at);
CREATE INDEX ix_mail_auto_replies_at ON mail_auto_replies (at);

-- Addresses whose mail bounces (a DSN named them): replies to them fail at once until they write to us again.
CREATE TABLE mail_address_health (
    address TEXT PRIMARY KEY,
    failing_since TEXT NOT NULL,
    reason TEXT NOT NULL,
    bounce_count INTEGER NOT NULL,
    last_at TEXT NOT NULL
);
