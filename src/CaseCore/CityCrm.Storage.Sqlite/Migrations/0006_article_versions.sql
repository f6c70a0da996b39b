-- The editorial history: each article's workflow state and every saved version (never rewritten).
-- The published set that answers residents stays in `articles`; publishing copies a version there.
CREATE TABLE editorial_articles (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    head_version INTEGER NOT NULL,
    published_version INTEGER,
    revision INTEGER NOT NULL,
    head_author_name TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE article_versions (
    article_id TEXT NOT NULL REFERENCES editorial_articles (id),
    number INTEGER NOT NULL,
    content TEXT NOT NULL,
    author TEXT NOT NULL,
    author_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    comment TEXT,
    PRIMARY KEY (article_id, number)
);
