-- Cases agents opened from a conversation or linked to it by reference; one row per conversation and case.
CREATE TABLE conversation_cases (
    conversation_id TEXT NOT NULL,
    case_reference  TEXT NOT NULL,
    linked_by       TEXT NOT NULL,
    linked_at       TEXT NOT NULL,
    PRIMARY KEY (conversation_id, case_reference)
);
