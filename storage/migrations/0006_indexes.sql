-- Counting a person's recent messages (flood control) without scanning the whole minute.
CREATE INDEX IF NOT EXISTS contact_log_person ON contact_log(person_id, at);
CREATE INDEX IF NOT EXISTS outbox_pending_chat ON outbox(status, chat_id, due_at);
