-- Where a contact's postal address is on the map (placed with the city's streets when the profile is saved), so outreach
-- areas drawn as polygons find who lives there; null when the address could not be placed.
ALTER TABLE contact_profiles ADD COLUMN latitude REAL;
ALTER TABLE contact_profiles ADD COLUMN longitude REAL;
CREATE INDEX ix_contact_profiles_position ON contact_profiles (latitude, longitude) WHERE latitude IS NOT NULL;
