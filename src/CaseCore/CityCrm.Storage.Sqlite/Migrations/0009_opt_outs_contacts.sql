-- Residents' opt-outs per channel and address: every change as it happened, and the state it left.
CREATE TABLE opt_out_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_id TEXT NOT NULL,
    address TEXT NOT NULL,
    inbox_id TEXT NOT NULL,
    opted_out INTEGER NOT NULL,
    keyword TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX ix_opt_out_changes_address ON opt_out_changes (channel_id, address, id);
CREATE TABLE opt_outs (
    channel_id TEXT NOT NULL,
    address TEXT NOT NULL,
    opted_out INTEGER NOT NULL,
    inbox_id TEXT NOT NULL,
    keyword TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (channel_id, address)
);

-- One person, one contact: a phone number is looked up across inboxes, and a contact's conversations across inboxes.
CREATE INDEX ix_contact_identities_address ON contact_identities (address);
CREATE INDEX ix_conversations_contact_updated ON conversations (contact_id, updated_at);
