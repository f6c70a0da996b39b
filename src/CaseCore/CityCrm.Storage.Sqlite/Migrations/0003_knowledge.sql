-- Knowledge articles (the source of truth; the Lucene index is derived from this table).
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    questions TEXT NOT NULL,
    tags TEXT NOT NULL,
    department TEXT,
    updated_at TEXT NOT NULL
);
