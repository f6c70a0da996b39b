-- Tokens issued to Open311 clients with each request they file, resolvable to the case reference (GET tokens/{token}).
CREATE TABLE open311_tokens (
    token TEXT PRIMARY KEY,
    reference TEXT NOT NULL,
    client TEXT NOT NULL,
    issued_at TEXT NOT NULL
);
CREATE INDEX ix_open311_tokens_reference ON open311_tokens (reference);
