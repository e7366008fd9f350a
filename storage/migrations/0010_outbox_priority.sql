-- Outbox priorities: 0 life-safety, 1 a casemanager's reply to a client, 2 other cards and
-- forwards, 3 reminders, digests and confirmations. The sender takes a chat's most urgent
-- due row first (a client's own chat keeps its order).
ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 2;
CREATE INDEX IF NOT EXISTS outbox_pending_priority ON outbox (status, priority, due_at, id);
