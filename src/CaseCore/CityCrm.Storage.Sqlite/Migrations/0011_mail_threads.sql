-- The Message-IDs of the emails in each conversation: a reply's In-Reply-To / References find its conversation,
-- and our replies quote them to stay in the resident's thread.
CREATE TABLE mail_threads (
    inbox_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    outgoing INTEGER NOT NULL,
    subject TEXT NOT NULL,
    sequence INTEGER,
    at TEXT NOT NULL,
    PRIMARY KEY (inbox_id, message_id)
);
CREATE INDEX ix_mail_threads_conversation ON mail_threads (conversation_id, at);
