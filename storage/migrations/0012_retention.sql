-- Retention, closing a case and erasure (issue 13).

-- /close: when and why a client's case was closed. The retention clock runs from closed_at;
-- /reopen clears both.
ALTER TABLE people ADD COLUMN closed_at TEXT;
ALTER TABLE people ADD COLUMN closed_reason TEXT;

-- Nothing goes out to a closed client, whatever a flow or a timer still queues: a row for
-- them is cancelled as it is written. (A closed client's own messages still reach their
-- casemanager: those rows are addressed to the casemanager.)
CREATE TRIGGER outbox_closed_client AFTER INSERT ON outbox
WHEN NEW.status = 'pending' AND NEW.person_id IS NOT NULL
     AND EXISTS (SELECT 1 FROM people WHERE id = NEW.person_id AND closed_at IS NOT NULL)
BEGIN
    UPDATE outbox SET status = 'cancelled' WHERE id = NEW.id;
END;

-- What an erasure (GDPR Art. 17) leaves for the yearly figures: counts per year and kind of
-- record, with no link to the person.
CREATE TABLE erased_counts (
    year   INTEGER NOT NULL,
    kind   TEXT NOT NULL,
    count  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year, kind)
);

-- The daily purge is a durable timer that sets its own next run, like the street digest;
-- this first one (subject 0) only schedules it.
INSERT INTO timers (kind, subject, due_at) VALUES ('purge', 0, '2000-01-01T00:00:00.000000Z');

CREATE INDEX IF NOT EXISTS street_people_client ON street_people(client_id);
