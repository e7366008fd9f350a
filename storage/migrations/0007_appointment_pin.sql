-- A saved place's map pin ("latitude,longitude"), sent with each reminder.
ALTER TABLE appointments ADD COLUMN pin TEXT;
