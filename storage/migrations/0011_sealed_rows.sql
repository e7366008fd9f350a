-- Nothing readable at rest (issue 13, review C1 and M1). Every sealed value becomes bound to
-- its table, column and row ("outbox.payload#12"), so a value copied elsewhere does not
-- decrypt; alert and flag-feedback categories, appointment kind and pin, check-in levels,
-- street contacts' location and needs get sealed too. The re-encryption is Python (the key
-- is not SQL's business): storage/sealing.py `seal_rows_0011`, run by the migrator in this
-- same transaction. Sealed values are BLOBs in columns declared TEXT, INTEGER or REAL
-- (SQLite keeps a BLOB as it is whatever the column's affinity).
-- Afterwards the migrator compacts the file (VACUUM) and truncates the WAL, so the plain
-- text is gone from freed pages too.

-- A sent message's payload is no longer needed (ids, times, kind and ref stay).
UPDATE outbox SET payload = x'' WHERE status = 'sent';

-- Alert cards were once written to `state` as plain text: delete them (the card is sealed
-- again the next time it changes; until then the sender keeps the sent version).
DELETE FROM state WHERE (name LIKE 'card:%' OR name LIKE 'bundle:%')
    AND typeof(value) != 'blob';
