-- The provider's id of the message behind a consent change, so a retried STOP is recorded once.
ALTER TABLE opt_out_changes ADD COLUMN source_id TEXT;
CREATE UNIQUE INDEX ux_opt_out_changes_source ON opt_out_changes (channel_id, source_id) WHERE source_id IS NOT NULL;
