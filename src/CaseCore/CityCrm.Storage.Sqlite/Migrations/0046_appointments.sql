-- Appointments booked in the service calendars (the calendars themselves are configuration). A slot's capacity is
-- enforced by counting its booked rows inside an immediate (write-locked) transaction. reminder_due_at is the durable
-- timer of the day-before reminder; reminder_sent_at marks it done. appointment_offers holds the slots the bot last
-- offered in a conversation, so the resident's pick is read against them.
CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    calendar_id TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    contact_id TEXT NOT NULL,
    conversation_id TEXT,
    state INTEGER NOT NULL,
    booked_by TEXT NOT NULL,
    booked_at TEXT NOT NULL,
    cancelled_at TEXT,
    reminder_due_at TEXT,
    reminder_sent_at TEXT
);
CREATE INDEX ix_appointments_slot ON appointments (calendar_id, starts_at) WHERE state = 0;
CREATE INDEX ix_appointments_contact ON appointments (contact_id, starts_at);
CREATE INDEX ix_appointments_reminder ON appointments (reminder_due_at) WHERE state = 0 AND reminder_sent_at IS NULL;
CREATE TABLE appointment_offers (
    conversation_id TEXT PRIMARY KEY,
    calendar_id TEXT NOT NULL,
    slots TEXT NOT NULL,
    appointment_id TEXT,
    offered_at TEXT NOT NULL
);
