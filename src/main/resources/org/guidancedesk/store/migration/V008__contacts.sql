-- Members get a phone number and each unit a liaison (联络人) from the group's members, and a
-- unit may be a 市直部门 (CITY_DEPARTMENT). SQLite cannot alter a CHECK, so the unit table is
-- rebuilt as its documentation prescribes: a new table, the rows copied, the old one dropped,
-- the new one renamed. Foreign keys are off while migrations run, so the tables that refer to
-- unit keep their rows; the AUTOINCREMENT high-water mark is carried over, so an id a deleted
-- unit in the trash still holds is never handed to a new unit.

-- Nullable: a member deleted before this version comes back from the trash without one.
ALTER TABLE member ADD COLUMN phone TEXT DEFAULT '';

CREATE TABLE unit__rebuild (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('PROVINCE', 'MINISTRY', 'ENTERPRISE', 'UNIVERSITY', 'CITY', 'COUNTY', 'CITY_DEPARTMENT', 'OTHER')),
    contact    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    liaison_id INTEGER REFERENCES member(id) ON DELETE SET NULL
);

INSERT INTO unit__rebuild (id, name, kind, contact, phone, sort_order)
    SELECT id, name, kind, contact, phone, sort_order FROM unit;

INSERT INTO sqlite_sequence (name, seq)
    SELECT 'unit__rebuild', seq FROM sqlite_sequence WHERE name = 'unit'
    AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'unit__rebuild');
UPDATE sqlite_sequence SET seq = max(seq, ifnull((SELECT seq FROM sqlite_sequence WHERE name = 'unit'), 0))
    WHERE name = 'unit__rebuild';

DROP TABLE unit;
ALTER TABLE unit__rebuild RENAME TO unit;

CREATE INDEX unit_liaison ON unit(liaison_id);
