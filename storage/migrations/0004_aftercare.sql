-- Aftercare after a return: a plan of check-ins, their answers, and recorded questions.
CREATE TABLE aftercare_plans (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES people(id),
    return_date  TEXT NOT NULL,
    country      TEXT NOT NULL,
    local_hour   INTEGER NOT NULL,
    days         TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','paused','ended')),
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES people(id)
);
CREATE INDEX aftercare_plans_client ON aftercare_plans(client_id);

CREATE TABLE checkins (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES aftercare_plans(id),
    client_id   INTEGER NOT NULL REFERENCES people(id),
    day         INTEGER NOT NULL,
    due_at      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'scheduled'
                CHECK (status IN ('scheduled','sent','answered','missed','cancelled')),
    sent_at     TEXT,
    answered_at TEXT
);
CREATE INDEX checkins_client ON checkins(client_id, due_at);

CREATE TABLE checkin_answers (
    id          INTEGER PRIMARY KEY,
    checkin_id  INTEGER NOT NULL REFERENCES checkins(id),
    client_id   INTEGER NOT NULL REFERENCES people(id),
    domain      TEXT NOT NULL,
    level       INTEGER,
    text        BLOB,
    at          TEXT NOT NULL
);
CREATE INDEX checkin_answers_client ON checkin_answers(client_id, at);

CREATE TABLE question_voices (
    question  TEXT NOT NULL,
    language  TEXT NOT NULL,
    file_id   TEXT NOT NULL,
    PRIMARY KEY (question, language)
);
