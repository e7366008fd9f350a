-- Several workers on one database (issue 16): who sent each update (one person's updates in
-- order, different people's at once), the leases that give one worker a duty at a time
-- (expires_at is the server's clock, so every worker agrees), and a notification on every
-- new inbox, outbox or timer row, so that the worker with the duty wakes at once.
ALTER TABLE inbox ADD COLUMN sender BIGINT;
CREATE INDEX inbox_sender_unprocessed ON inbox(sender, update_id) WHERE processed_at IS NULL;
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

CREATE FUNCTION meldbot_wake() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('meldbot', TG_TABLE_NAME);
    RETURN NULL;
END $$;
CREATE TRIGGER inbox_wake AFTER INSERT ON inbox
    FOR EACH STATEMENT EXECUTE FUNCTION meldbot_wake();
CREATE TRIGGER outbox_wake AFTER INSERT OR UPDATE OF due_at ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION meldbot_wake();
CREATE TRIGGER timers_wake AFTER INSERT OR UPDATE OF due_at ON timers
    FOR EACH STATEMENT EXECUTE FUNCTION meldbot_wake();
