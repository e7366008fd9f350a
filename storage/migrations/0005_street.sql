-- Street outreach (issue 6): saved places, people met on the street, their contacts, shifts.

-- Places fieldworkers pick from; admins manage them with /places. Never deleted (contacts
-- refer to them): removing one makes it inactive.
CREATE TABLE places (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    latitude    REAL,
    longitude   REAL,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES people(id)
);
INSERT INTO places (name, latitude, longitude, created_at) VALUES
    ('Utrecht Centraal', 52.0894, 5.1100, '2026-01-01T00:00:00.000000Z'),
    ('Hoog Catharijne', 52.0915, 5.1135, '2026-01-01T00:00:00.000000Z'),
    ('Moreelsepark', 52.0878, 5.1150, '2026-01-01T00:00:00.000000Z'),
    ('Stadsschouwburg / Lucasbolwerk', 52.0921, 5.1268, '2026-01-01T00:00:00.000000Z'),
    ('Janskerkhof', 52.0932, 5.1223, '2026-01-01T00:00:00.000000Z'),
    ('Neude', 52.0927, 5.1184, '2026-01-01T00:00:00.000000Z'),
    ('Vaartsche Rijn', 52.0769, 5.1249, '2026-01-01T00:00:00.000000Z');

-- A person met on the street. Not a client and cannot log in: no Telegram account, no
-- consent flow. `code` is short and generated, to say aloud when there is no alias.
CREATE TABLE street_people (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    alias        TEXT,
    nationality  TEXT,
    language     TEXT,
    gender       TEXT,
    age_band     TEXT,
    client_id    INTEGER REFERENCES people(id),  -- set when a casemanager made them a client
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES people(id)
);

-- One registration: who met whom, when and where, what they need. Undo sets undone_at.
CREATE TABLE street_contacts (
    id                INTEGER PRIMARY KEY,
    street_person_id  INTEGER NOT NULL REFERENCES street_people(id),
    fieldworker_id    INTEGER NOT NULL REFERENCES people(id),
    at                TEXT NOT NULL,  -- when the registration was started (the meeting)
    saved_at          TEXT NOT NULL,
    place_id          INTEGER REFERENCES places(id),
    latitude          REAL,           -- a shared location, rounded to 3 decimals (~100 m)
    longitude         REAL,
    needs             TEXT NOT NULL DEFAULT '',
    note              BLOB,           -- encrypted: the typed note or a voice note's file id
    note_kind         TEXT CHECK (note_kind IN ('text','voice')),
    followup          INTEGER NOT NULL DEFAULT 0,
    shift             TEXT,
    undone_at         TEXT
);
CREATE INDEX street_contacts_at ON street_contacts(at);
CREATE INDEX street_contacts_fieldworker ON street_contacts(fieldworker_id, at);
CREATE INDEX street_contacts_person ON street_contacts(street_person_id);

-- /shift <name> ... /shift end: the open shift tags every registration of that person.
CREATE TABLE shifts (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    name        TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    ended_at    TEXT
);
CREATE INDEX shifts_open ON shifts(person_id) WHERE ended_at IS NULL;

-- Alerts may be about a street contact instead of a client: client_id becomes nullable.
-- SQLite cannot drop NOT NULL in place, so the table is rebuilt (the documented procedure,
-- sqlite.org/lang_altertable.html; the migrator runs it with foreign keys off and checks them
-- before committing). Columns as of 0002_alerts.
CREATE TABLE alerts_0005 (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER REFERENCES people(id),
    casemanager_id INTEGER REFERENCES people(id),
    source         TEXT NOT NULL,
    categories     TEXT NOT NULL,
    severity       TEXT NOT NULL CHECK (severity IN ('urgent','normal')),
    terms          BLOB,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','claimed','resolved')),
    created_at     TEXT NOT NULL,
    claimed_at     TEXT,
    claimed_by     INTEGER REFERENCES people(id),
    resolved_at    TEXT,
    resolved_by    INTEGER REFERENCES people(id),
    message_count  INTEGER NOT NULL DEFAULT 1,
    last_message_at TEXT NOT NULL,
    escalations    INTEGER NOT NULL DEFAULT 0,
    replies        INTEGER NOT NULL DEFAULT 0,
    street_contact_id INTEGER REFERENCES street_contacts(id),
    CHECK (client_id IS NOT NULL OR street_contact_id IS NOT NULL)
);
INSERT INTO alerts_0005 (id, client_id, casemanager_id, source, categories, severity, terms,
                         status, created_at, claimed_at, claimed_by, resolved_at, resolved_by,
                         message_count, last_message_at, escalations, replies)
    SELECT id, client_id, casemanager_id, source, categories, severity, terms, status,
           created_at, claimed_at, claimed_by, resolved_at, resolved_by, message_count,
           last_message_at, escalations, replies FROM alerts;
DROP TABLE alerts;
ALTER TABLE alerts_0005 RENAME TO alerts;
CREATE INDEX alerts_client_open ON alerts(client_id) WHERE status != 'resolved';
CREATE INDEX alerts_street_contact ON alerts(street_contact_id)
    WHERE street_contact_id IS NOT NULL;

-- The daily digest of street contacts is a durable timer that sets its own next run; this
-- first one (subject 0) only schedules it at the configured hour.
INSERT INTO timers (kind, subject, due_at) VALUES ('street-digest', 0,
                                                   '2000-01-01T00:00:00.000000Z');
