-- Retention and privacy: a record says when its personal data was removed (the retention schedule, or an erasure), so
-- consoles show "removed under the retention schedule" rather than an empty transcript with no reason.
ALTER TABLE conversations ADD COLUMN anonymized_at TEXT;
ALTER TABLE cases ADD COLUMN anonymized_at TEXT;
ALTER TABLE contacts ADD COLUMN anonymized_at TEXT;
CREATE INDEX ix_conversations_retention ON conversations (status, resolved_at) WHERE anonymized_at IS NULL;
CREATE INDEX ix_cases_retention ON cases (status, updated_at) WHERE anonymized_at IS NULL;

-- A legal hold suspends anonymization and erasure of a contact or a case (and its conversations) until released.
-- Released holds stay, so the record of who held what, when and why is never lost.
CREATE TABLE legal_holds (
    id TEXT PRIMARY KEY,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    reference TEXT NOT NULL,
    placed_by TEXT NOT NULL,
    placed_at TEXT NOT NULL,
    released_by TEXT,
    released_at TEXT
);
CREATE INDEX ix_legal_holds_active ON legal_holds (subject_kind, subject_id) WHERE released_at IS NULL;
