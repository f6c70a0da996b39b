-- Resident portal sign-in: every request for a one-time code, known address or not, so the per-address and per-IP
-- limits count them alike. Addresses and IPs are kept as hashes; a code only as its hash, with its tries and use.
CREATE TABLE resident_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    address_key TEXT NOT NULL,
    ip_key TEXT NOT NULL,
    contact_id TEXT,
    code_hash TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used_at TEXT
);
CREATE INDEX ix_resident_codes_address ON resident_codes (address_key, created_at);
CREATE INDEX ix_resident_codes_ip ON resident_codes (ip_key, created_at);
CREATE INDEX ix_resident_codes_created ON resident_codes (created_at);
