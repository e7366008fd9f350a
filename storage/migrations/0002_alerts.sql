-- Alerts: flagged messages and other escalations, claimed and resolved by casemanagers.
CREATE TABLE alerts (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES people(id),
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
    replies        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX alerts_client_open ON alerts(client_id) WHERE status != 'resolved';

-- The messages of an alert, both ways, for the card and the history.
CREATE TABLE alert_messages (
    id         INTEGER PRIMARY KEY,
    alert_id   INTEGER NOT NULL REFERENCES alerts(id),
    at         TEXT NOT NULL,
    direction  TEXT NOT NULL CHECK (direction IN ('in','out')),
    kind       TEXT NOT NULL,
    text       BLOB
);
CREATE INDEX alert_messages_alert ON alert_messages(alert_id);

-- Durable timers: something a flow must look at again at a given time.
CREATE TABLE timers (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    subject  INTEGER NOT NULL,
    due_at   TEXT NOT NULL,
    done     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX timers_due ON timers(done, due_at);

ALTER TABLE people ADD COLUMN on_duty INTEGER NOT NULL DEFAULT 1;
