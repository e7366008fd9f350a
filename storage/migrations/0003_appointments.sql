-- Appointments of clients; their reminders are outbox rows with ref 'appt:<id>'.
CREATE TABLE appointments (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES people(id),
    casemanager_id INTEGER REFERENCES people(id),
    kind           TEXT NOT NULL,
    starts_at      TEXT NOT NULL,
    timezone       TEXT NOT NULL,
    place          BLOB,
    note           BLOB,
    reminders      TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'scheduled'
                   CHECK (status IN ('scheduled','cancelled')),
    answer         TEXT,
    answered_at    TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX appointments_client ON appointments(client_id, starts_at);
