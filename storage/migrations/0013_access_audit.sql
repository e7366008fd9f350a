-- Audit: every staff read of a client's data, every export and every erasure. Append-only:
-- ids and codes only, never a person's words.
CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor_id   INTEGER,
    action     TEXT NOT NULL,
    person_id  INTEGER,
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit(at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit is append-only');
END;

-- A disabled staff member: their Telegram account is taken off `people` (so they are a
-- stranger to the bot) and kept here, so that enabling them again gives it back.
CREATE TABLE staff_disabled (
    person_id        INTEGER PRIMARY KEY REFERENCES people(id),
    telegram_user_id INTEGER,
    chat_id          INTEGER,
    disabled_at      TEXT NOT NULL,
    disabled_by      INTEGER
);

-- A revoked invite expires at once (it then behaves like an expired one).
ALTER TABLE invites ADD COLUMN revoked_at TEXT;
ALTER TABLE invites ADD COLUMN revoked_by INTEGER;
