-- Contact profiles (names, phones, emails, address, household, preferences, notes, next actions) as one JSON
-- document per contact, versioned; next_due_at is the earliest open next action not yet reminded, for the reminder scan.
CREATE TABLE contact_profiles (
    contact_id TEXT PRIMARY KEY REFERENCES contacts(id),
    data TEXT NOT NULL,
    version INTEGER NOT NULL,
    merged_into TEXT,
    next_due_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_contact_profiles_due ON contact_profiles (next_due_at) WHERE next_due_at IS NOT NULL;

-- The keys duplicates are found by (phone:, email:, name:, addr:), rewritten with each save of the profile.
CREATE TABLE contact_keys (
    contact_id TEXT NOT NULL REFERENCES contacts(id),
    key TEXT NOT NULL,
    PRIMARY KEY (contact_id, key)
);
CREATE INDEX ix_contact_keys_key ON contact_keys (key);

-- Every change to a contact (field, old, new), merge and undo, and every read of its personal data by staff.
CREATE TABLE contact_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX ix_contact_audit_contact ON contact_audit (contact_id, id);

-- Opt-ins and opt-outs per contact, channel ('*' all) and topic ('*' all), with the source and the wording shown.
CREATE TABLE contact_consents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    opted_in INTEGER NOT NULL,
    at TEXT NOT NULL,
    source TEXT NOT NULL,
    wording TEXT NOT NULL
);
CREATE INDEX ix_contact_consents_contact ON contact_consents (contact_id, id);

-- Merges of two contacts: what moved (row keys, JSON) and both profiles before, so an undo restores exactly.
CREATE TABLE contact_merges (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    undo_until TEXT NOT NULL,
    undone_at TEXT,
    moved TEXT NOT NULL,
    source_before TEXT NOT NULL,
    target_before TEXT NOT NULL,
    target_version INTEGER NOT NULL
);
