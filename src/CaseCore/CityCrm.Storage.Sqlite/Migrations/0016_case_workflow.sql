-- Case management: priority, queue and assignee, hold reason, resolution code, escalation; notes, checklist, links and
-- approval gates as one JSON column; durable workflow timers; approvals waiting for a role.
ALTER TABLE cases ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN queue TEXT;
ALTER TABLE cases ADD COLUMN assignee TEXT;
ALTER TABLE cases ADD COLUMN hold_reason TEXT;
ALTER TABLE cases ADD COLUMN resolution_code TEXT;
ALTER TABLE cases ADD COLUMN escalated_at TEXT;
ALTER TABLE cases ADD COLUMN work TEXT NOT NULL DEFAULT '{}';
CREATE INDEX ix_cases_queue ON cases (queue, status);
CREATE INDEX ix_cases_assignee ON cases (assignee, status) WHERE assignee IS NOT NULL;
CREATE INDEX ix_cases_due ON cases (due_at) WHERE due_at IS NOT NULL;

-- One row per (case, timer name): scheduling the same timer again moves it instead of adding a second one.
CREATE TABLE case_timers (
    id TEXT PRIMARY KEY,
    case_reference TEXT NOT NULL,
    name TEXT NOT NULL,
    due_at TEXT NOT NULL,
    claimed_by TEXT,
    claimed_until TEXT,
    fired_at TEXT,
    UNIQUE (case_reference, name)
);
CREATE INDEX ix_case_timers_due ON case_timers (due_at) WHERE fired_at IS NULL;

CREATE TABLE case_approvals (
    id TEXT PRIMARY KEY,
    case_reference TEXT NOT NULL,
    action TEXT NOT NULL,
    role TEXT NOT NULL,
    payload TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    state TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    comment TEXT
);
CREATE INDEX ix_case_approvals_role ON case_approvals (role, state, requested_at);
CREATE INDEX ix_case_approvals_case ON case_approvals (case_reference);
