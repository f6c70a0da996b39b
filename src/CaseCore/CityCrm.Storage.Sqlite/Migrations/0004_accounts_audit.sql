-- Staff accounts and the audit trail.
CREATE TABLE agent_accounts (
    id TEXT PRIMARY KEY,
    user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    conversation_id TEXT,
    arguments TEXT,
    outcome TEXT,
    duration_ms REAL NOT NULL
);
CREATE INDEX ix_audit_conversation ON audit_log (conversation_id, id);
