-- Residents attached to a case: its reporter (with how they want updates), residents who reported the same problem
-- and follow it instead, and new cases filed anyway as duplicates of it. One row per case, contact and kind.
CREATE TABLE case_followers (
    case_reference   TEXT NOT NULL,
    kind             INTEGER NOT NULL,
    contact_id       TEXT NOT NULL,
    conversation_id  TEXT,
    channel          TEXT NOT NULL,
    updates          INTEGER NOT NULL,
    note             TEXT NOT NULL,
    report_reference TEXT,
    created_at       TEXT NOT NULL,
    PRIMARY KEY (case_reference, contact_id, kind)
);
CREATE INDEX ix_case_followers_report ON case_followers (report_reference) WHERE report_reference IS NOT NULL;
