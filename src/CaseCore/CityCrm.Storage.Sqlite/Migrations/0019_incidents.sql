-- Incidents (surge mode): one event many residents report, its linked cases, and the closing notice per reporter.
CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    status INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE INDEX ix_incidents_status ON incidents (status, created_at);
CREATE TABLE incident_notifications (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    contact_id TEXT NOT NULL,
    case_reference TEXT NOT NULL,
    outcome INTEGER NOT NULL,
    detail TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (incident_id, contact_id)
);
