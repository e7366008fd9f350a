-- One failure policy: what fails is set aside with its error, never dropped, and
-- `meldbot status` lists it. An error is the exception's class and where it was raised,
-- never its message or a traceback (they may carry a person's words).
-- A failing timer is tried again a few times (attempts, the last error), then set aside
-- (done = 1 with failed_at set).
ALTER TABLE timers ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE timers ADD COLUMN error TEXT;
ALTER TABLE timers ADD COLUMN failed_at TEXT;
CREATE INDEX timers_failed ON timers(failed_at) WHERE failed_at IS NOT NULL;
-- A failed update keeps its (encrypted) payload for inspection; this says what failed.
ALTER TABLE inbox ADD COLUMN error TEXT;
CREATE INDEX inbox_failed ON inbox(update_id) WHERE failed = 1;
-- When a message was given up on (dead-lettered).
ALTER TABLE outbox ADD COLUMN dead_at TEXT;
