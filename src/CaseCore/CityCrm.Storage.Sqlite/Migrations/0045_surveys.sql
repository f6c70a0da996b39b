-- Surveys: the questions supervisors define (csat is built in and never stored here), each survey put to one resident
-- in one conversation (a run: scheduled until due, asking one question at a time, then completed, abandoned or
-- skipped), and the answers. A run's subject is unique, so a conversation, a case or a contact is surveyed once.
CREATE TABLE surveys (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    questions TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE survey_runs (
    id TEXT PRIMARY KEY,
    survey_id TEXT NOT NULL,
    subject TEXT NOT NULL UNIQUE,
    contact_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    state INTEGER NOT NULL,
    question_index INTEGER NOT NULL DEFAULT 0,
    due_at TEXT NOT NULL,
    asked_at TEXT,
    finished_at TEXT,
    outcome TEXT
);
CREATE INDEX ix_survey_runs_due ON survey_runs (due_at) WHERE state = 0;
CREATE INDEX ix_survey_runs_conversation ON survey_runs (conversation_id, state);
CREATE INDEX ix_survey_runs_survey ON survey_runs (survey_id, state);
CREATE TABLE survey_answers (
    run_id TEXT NOT NULL REFERENCES survey_runs(id),
    question_id TEXT NOT NULL,
    survey_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    rating INTEGER,
    text TEXT,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (run_id, question_id)
);
CREATE INDEX ix_survey_answers_survey ON survey_answers (survey_id, answered_at);
