-- Pushed channels (SMS...): each outgoing message's delivery status, and the durable outbox it is sent from.
ALTER TABLE messages ADD COLUMN delivery_status TEXT;
ALTER TABLE messages ADD COLUMN provider_message_id TEXT;
ALTER TABLE messages ADD COLUMN delivery_error TEXT;

-- One row per text part, written in the message's own transaction. status is "pending" while the dispatcher
-- owns it, then the provider's status (queued, sent, delivered...), or failed / blocked.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    part INTEGER NOT NULL,
    part_count INTEGER NOT NULL,
    inbox_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    address TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    provider_message_id TEXT,
    error TEXT,
    FOREIGN KEY (conversation_id, sequence) REFERENCES messages (conversation_id, sequence),
    UNIQUE (conversation_id, sequence, part)
);
CREATE INDEX ix_outbox_pending ON outbox (conversation_id, id) WHERE status = 'pending';
CREATE UNIQUE INDEX ux_outbox_provider ON outbox (channel_id, provider_message_id) WHERE provider_message_id IS NOT NULL;
