-- Staff telling the flagger it was wrong: an alert that was not urgent or not worth a flag
-- ("wrongly_flagged"), or a forwarded message that should have been one ("missed"). The
-- client's words stay encrypted (column `text`); `meldbot export flag-feedback` reads them.
CREATE TABLE flag_feedback (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    alert_id INTEGER REFERENCES alerts(id),
    client_id INTEGER REFERENCES people(id),
    staff_id INTEGER REFERENCES people(id),
    language TEXT,
    categories TEXT NOT NULL DEFAULT '',
    severity TEXT,
    text BLOB
);
