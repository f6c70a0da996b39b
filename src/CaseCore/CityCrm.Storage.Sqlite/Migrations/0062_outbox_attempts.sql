-- When the first hand-over of a pending entry to a provider began. Written before the provider is called, so a
-- crash between the provider accepting and the outcome being recorded leaves a mark: the next attempt first asks
-- the provider whether it already has the message, instead of sending it a second time.
ALTER TABLE outbox ADD COLUMN attempt_started_at TEXT;
