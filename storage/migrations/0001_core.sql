-- People: staff and clients. Free text lives elsewhere, encrypted.
CREATE TABLE people (
    id               INTEGER PRIMARY KEY,
    role             TEXT NOT NULL CHECK (role IN ('admin','casemanager','fieldworker','client')),
    telegram_user_id INTEGER UNIQUE,
    chat_id          INTEGER,
    alias            TEXT NOT NULL,
    language         TEXT,
    country          TEXT,
    timezone         TEXT NOT NULL,
    casemanager_id   INTEGER REFERENCES people(id),
    consent          TEXT NOT NULL DEFAULT 'pending' CHECK (consent IN ('pending','given','declined')),
    stopped          INTEGER NOT NULL DEFAULT 0,
    unreachable      INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    created_by       INTEGER REFERENCES people(id)
);
CREATE INDEX people_casemanager ON people(casemanager_id);

CREATE TABLE invites (
    code_hash   TEXT PRIMARY KEY,
    role        TEXT NOT NULL,
    person_id   INTEGER REFERENCES people(id),
    name        TEXT,
    created_by  INTEGER REFERENCES people(id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    used_by     INTEGER
);

-- Raw updates, stored before the offset is confirmed to Telegram.
CREATE TABLE inbox (
    update_id    INTEGER PRIMARY KEY,
    payload      BLOB NOT NULL,
    received_at  TEXT NOT NULL,
    processed_at TEXT,
    failed       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbox_unprocessed ON inbox(update_id) WHERE processed_at IS NULL;

-- Everything that goes out. Rendered in the recipient's language when sent.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER REFERENCES people(id),
    chat_id      INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    payload      BLOB NOT NULL,
    language     TEXT,
    due_at       TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending','sending','sent','dead','cancelled')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    telegram_message_id INTEGER,
    created_at   TEXT NOT NULL,
    sent_at      TEXT,
    ref          TEXT,
    -- 1: goes out even when the person has stopped messages (the stop confirmation itself)
    system       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_due ON outbox(status, due_at);
CREATE INDEX outbox_ref ON outbox(ref) WHERE ref IS NOT NULL;

-- Per-person conversation state of the flows.
CREATE TABLE conversations (
    person_key  TEXT PRIMARY KEY,
    state       BLOB NOT NULL,
    updated_at  TEXT NOT NULL
);

-- The contact log: everything in, out and done, for reporting.
CREATE TABLE contact_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor_id     INTEGER,
    actor_role   TEXT NOT NULL,
    person_id    INTEGER,
    direction    TEXT NOT NULL CHECK (direction IN ('in','out','internal')),
    kind         TEXT NOT NULL,
    chat_id      INTEGER,
    message_id   INTEGER,
    update_id    INTEGER,
    text         BLOB
);
CREATE INDEX contact_log_at ON contact_log(at);

CREATE TABLE state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
