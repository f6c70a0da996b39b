-- A person's thread across channels is read page by page, newest first, by (time, conversation, sequence). Each message
-- carries its conversation's contact so one index serves every page without reading the person's whole history.
ALTER TABLE messages ADD COLUMN contact_id TEXT;
UPDATE messages SET contact_id = (SELECT c.contact_id FROM conversations c WHERE c.id = messages.conversation_id);
CREATE INDEX ix_messages_thread ON messages (contact_id, created_at, conversation_id, sequence);

-- Writers set contact_id as they insert; one that does not still gets its conversation's.
CREATE TRIGGER tr_messages_thread_contact AFTER INSERT ON messages WHEN NEW.contact_id IS NULL
BEGIN
    UPDATE messages SET contact_id = (SELECT c.contact_id FROM conversations c WHERE c.id = NEW.conversation_id)
    WHERE conversation_id = NEW.conversation_id AND sequence = NEW.sequence;
END;

-- A conversation moved to another contact (a proven identity, a merge or its undoing) takes its messages along,
-- whichever code moves it.
CREATE TRIGGER tr_conversations_thread_contact AFTER UPDATE OF contact_id ON conversations WHEN NEW.contact_id IS NOT OLD.contact_id
BEGIN
    UPDATE messages SET contact_id = NEW.contact_id WHERE conversation_id = NEW.id;
END;
