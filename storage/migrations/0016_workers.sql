-- Several workers (issue 16; they share a PostgreSQL database, see migrations_pg/0016): who
-- sent each update, so that one person's updates are handled in order while different
-- people's are handled at once; and the leases that give one worker a duty (polling
-- Telegram, sending, timers) at a time. SQLite has one process and keeps them in step.
ALTER TABLE inbox ADD COLUMN sender INTEGER;
CREATE INDEX inbox_sender_unprocessed ON inbox(sender, update_id) WHERE processed_at IS NULL;
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
