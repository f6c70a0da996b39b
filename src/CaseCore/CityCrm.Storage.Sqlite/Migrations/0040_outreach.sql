-- Segments: named audience rules (area, streets, tags, languages, household roles, subscriptions) as JSON, versioned.
CREATE TABLE outreach_segments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rules TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Broadcasts: one message (with its translations) to a segment as it was resolved when planned.
CREATE TABLE outreach_broadcasts (
    id TEXT PRIMARY KEY,
    segment_id TEXT NOT NULL,
    segment_name TEXT NOT NULL,
    topic TEXT NOT NULL,
    texts TEXT NOT NULL,
    household_once INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT
);

-- One row per person the broadcast goes to: the idempotency of a send is the (broadcast, contact) key. status moves
-- planned -> sending (the conversation is chosen) -> sent (the message is written with the key) or opted-out / unreachable.
CREATE TABLE outreach_recipients (
    broadcast_id TEXT NOT NULL,
    contact_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    inbox_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    address TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    conversation_id TEXT,
    sequence INTEGER,
    detail TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (broadcast_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX ix_outreach_recipients_due ON outreach_recipients (broadcast_id, channel_id, position) WHERE status IN ('planned', 'sending');
