-- The file says whose it is, so another program's SQLite file is never taken for ours
-- (PRAGMA application_id, 'GDSK'), and each change set says which opening wrote it, so undo
-- takes back only the writes of the window (or command) that made them.

PRAGMA application_id = 1195660107;

ALTER TABLE change_set ADD COLUMN session TEXT;
CREATE INDEX change_set_session ON change_set(session, state);
