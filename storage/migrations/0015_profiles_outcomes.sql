-- A client's short profile and the outcomes on their timeline (issue 15). What they hold
-- is health and legal situation: sealed as a whole (profiles.data, outcomes.detail, bound
-- to the row); only the person, the outcome's date and who recorded it stay plain.
CREATE TABLE profiles (
    person_id  INTEGER PRIMARY KEY REFERENCES people(id),
    data       BLOB NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by INTEGER
);

CREATE TABLE outcomes (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    on_date    TEXT NOT NULL,  -- YYYY-MM-DD: when it happened
    detail     BLOB NOT NULL,  -- sealed JSON: kind, country, aftercare
    created_at TEXT NOT NULL,
    created_by INTEGER
);
CREATE INDEX outcomes_person ON outcomes(person_id, on_date);
CREATE INDEX outcomes_date ON outcomes(on_date);
