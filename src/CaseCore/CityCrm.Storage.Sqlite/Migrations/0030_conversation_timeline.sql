-- The supervisor dashboard's timeline of each conversation's hand-offs, assignments and resolutions (the
-- conversation row keeps only the latest), and the time indexes its period reports read by.
CREATE TABLE conversation_timeline (
    conversation_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    agent_id TEXT,
    PRIMARY KEY (conversation_id, kind, at)
) WITHOUT ROWID;
CREATE INDEX ix_conversation_timeline_kind ON conversation_timeline (kind, at);
CREATE INDEX ix_conversations_created ON conversations (created_at);
CREATE INDEX ix_messages_created ON messages (created_at) WHERE author_kind = 0;
CREATE INDEX ix_cases_status ON cases (status, updated_at);
