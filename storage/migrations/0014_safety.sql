-- Safety mode, per client: the bot deletes both sides of the chat `hours` after each
-- message, sends silently, sends no map pins and keeps the keyboard neutral. A row means on.
CREATE TABLE safety (
    person_id INTEGER PRIMARY KEY REFERENCES people(id),
    hours     INTEGER NOT NULL CHECK (hours BETWEEN 1 AND 46),
    set_at    TEXT NOT NULL,
    set_by    INTEGER
);
-- what a chat still holds (a quick wipe), a stranger's last greeting
CREATE INDEX contact_log_chat ON contact_log(chat_id, at);
CREATE INDEX outbox_chat_sent ON outbox(chat_id, sent_at) WHERE telegram_message_id IS NOT NULL;

-- A closed client still gets what goes out whatever their state (system rows: the 🆘
-- acknowledgement with the emergency numbers, the stop confirmation) and the deletions of
-- safety mode and /wipe; everything else queued for them is cancelled as it is written.
DROP TRIGGER IF EXISTS outbox_closed_client;
CREATE TRIGGER outbox_closed_client AFTER INSERT ON outbox
WHEN NEW.status = 'pending' AND NEW.person_id IS NOT NULL AND NEW.system = 0
     AND EXISTS (SELECT 1 FROM people WHERE id = NEW.person_id AND closed_at IS NOT NULL)
BEGIN
    UPDATE outbox SET status = 'cancelled' WHERE id = NEW.id;
END;
