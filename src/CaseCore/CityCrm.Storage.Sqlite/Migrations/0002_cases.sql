-- Service requests and their history.
CREATE TABLE case_numbers (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL);
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    service_code TEXT NOT NULL,
    service_name TEXT NOT NULL,
    department TEXT NOT NULL,
    description TEXT NOT NULL,
    location TEXT NOT NULL,
    contact_id TEXT NOT NULL,
    conversation_id TEXT,
    channel TEXT NOT NULL,
    status INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    history TEXT NOT NULL
);
CREATE INDEX ix_cases_contact ON cases (contact_id, created_at);
