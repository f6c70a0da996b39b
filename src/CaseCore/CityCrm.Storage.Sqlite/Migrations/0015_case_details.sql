-- Service definition answers, position, media and due time on cases; indexes for Open311 listing and "near here" lookups.
ALTER TABLE cases ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cases ADD COLUMN latitude REAL;
ALTER TABLE cases ADD COLUMN longitude REAL;
ALTER TABLE cases ADD COLUMN media TEXT NOT NULL DEFAULT '[]';
ALTER TABLE cases ADD COLUMN due_at TEXT;
CREATE INDEX ix_cases_created ON cases (created_at);
CREATE INDEX ix_cases_service ON cases (service_code, created_at);
CREATE INDEX ix_cases_position ON cases (latitude, longitude) WHERE latitude IS NOT NULL;
