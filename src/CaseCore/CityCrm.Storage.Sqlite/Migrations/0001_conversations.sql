-- Contacts, their identities per inbox, conversations and transcripts.
CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    display_name TEXT,
    language TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE contact_identities (
    inbox_id TEXT NOT NULL,
    address TEXT NOT NULL,
    contact_id TEXT NOT NULL REFERENCES contacts(id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (inbox_id, address)
);
CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    inbox_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    contact_id TEXT NOT NULL REFERENCES contacts(id),
    address TEXT NOT NULL,
    status INTEGER NOT NULL,
    assignee_id TEXT,
    handoff_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    queued_at TEXT,
    resolved_at TEXT,
    bot_state TEXT,
    locale TEXT,
    last_sequence INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_conversations_contact ON conversations (inbox_id, contact_id, created_at);
CREATE INDEX ix_conversations_status ON conversations (status, updated_at);
CREATE TABLE messages (
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    sequence INTEGER NOT NULL,
    direction INTEGER NOT NULL,
    author_kind INTEGER NOT NULL,
    author_id TEXT,
    author_name TEXT,
    is_private INTEGER NOT NULL DEFAULT 0,
    text TEXT,
    activity TEXT NOT NULL,
    external_id TEXT,
    created_at TEXT NOT NULL,
    handled INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, sequence)
);
CREATE UNIQUE INDEX ux_messages_external ON messages (conversation_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX ix_messages_unhandled ON messages (handled, direction) WHERE handled = 0;
