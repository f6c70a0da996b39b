-- Agent routing: each conversation's queue and wrap-up code, and each agent's skills and capacity.
ALTER TABLE conversations ADD COLUMN queue TEXT;
ALTER TABLE conversations ADD COLUMN disposition TEXT;
CREATE INDEX ix_conversations_queued ON conversations (status, queued_at);
CREATE INDEX ix_conversations_assignee ON conversations (assignee_id, status);
CREATE TABLE agent_skills (
    agent_id TEXT PRIMARY KEY REFERENCES agent_accounts(id),
    departments TEXT NOT NULL,
    languages TEXT NOT NULL,
    capacity TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
