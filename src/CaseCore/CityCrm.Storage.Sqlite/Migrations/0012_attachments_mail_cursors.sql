-- Files residents sent (an email's photo or PDF), apart from the transcript that lists them.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
);
-- A message read twice (after a restart) finds its files already stored instead of storing copies.
CREATE UNIQUE INDEX ux_attachments_content ON attachments (conversation_id, sha256, name);

-- How far each mailbox folder is read: its UIDVALIDITY and the last UID whose message is committed.
CREATE TABLE mailbox_cursors (
    mailbox TEXT PRIMARY KEY,
    uid_validity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
