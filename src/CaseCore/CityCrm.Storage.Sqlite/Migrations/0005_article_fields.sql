-- Editorial fields of a published article: ownership, validity window, channel variants,
-- translation link and the published version number.
ALTER TABLE articles ADD COLUMN owner TEXT;
ALTER TABLE articles ADD COLUMN audience TEXT;
ALTER TABLE articles ADD COLUMN related TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN valid_from TEXT;
ALTER TABLE articles ADD COLUMN valid_until TEXT;
ALTER TABLE articles ADD COLUMN sms_answer TEXT;
ALTER TABLE articles ADD COLUMN voice_answer TEXT;
ALTER TABLE articles ADD COLUMN translation_of TEXT;
ALTER TABLE articles ADD COLUMN source_version INTEGER;
ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX ix_articles_translation_of ON articles (translation_of);
