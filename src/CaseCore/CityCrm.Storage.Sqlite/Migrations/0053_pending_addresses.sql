-- Phones and emails residents added on the portal and have not yet confirmed with the code sent to them. They stay
-- off the contact's profile (so nothing but that code goes to them) until confirmed.
CREATE TABLE contact_pending_addresses (
    contact_id TEXT NOT NULL,
    address TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (contact_id, address)
);
