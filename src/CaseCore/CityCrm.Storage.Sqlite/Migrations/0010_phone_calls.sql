-- One row per phone call: when it started and ended, its final status and duration.
CREATE TABLE phone_calls (
    call_id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    inbox_id TEXT NOT NULL,
    caller TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    duration_seconds INTEGER,
    status TEXT NOT NULL
);
CREATE INDEX ix_phone_calls_conversation ON phone_calls (conversation_id);
