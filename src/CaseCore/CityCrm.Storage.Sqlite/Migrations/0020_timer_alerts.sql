-- A fired timer keeps the alerts it raised until they are delivered: the case change, the fired mark and the alerts are
-- committed together, so a restart between the commit and the delivery neither loses nor repeats them.
ALTER TABLE case_timers ADD COLUMN alerts TEXT;
ALTER TABLE case_timers ADD COLUMN alerts_delivered_at TEXT;
CREATE INDEX ix_case_timers_undelivered ON case_timers (fired_at) WHERE alerts IS NOT NULL AND alerts_delivered_at IS NULL;
