-- Every question the bot took to the knowledge base, with what followed, and article page views per day.
CREATE TABLE answer_log (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    message_sequence INTEGER NOT NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    question TEXT NOT NULL,
    hits TEXT NOT NULL DEFAULT '[]',
    confidence REAL NOT NULL,
    decision TEXT NOT NULL,
    outcome TEXT NOT NULL,
    article_id TEXT,
    article_version INTEGER,
    helpful INTEGER,
    feedback_at TEXT,
    handoff_at TEXT,
    handled_at TEXT,
    handled_article_id TEXT
);
CREATE INDEX ix_answer_log_conversation ON answer_log (conversation_id, at);
CREATE INDEX ix_answer_log_at ON answer_log (at);
CREATE TABLE article_views (
    article_id TEXT NOT NULL,
    day TEXT NOT NULL,
    views INTEGER NOT NULL,
    PRIMARY KEY (article_id, day)
) WITHOUT ROWID;
