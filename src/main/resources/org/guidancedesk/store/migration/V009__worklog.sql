-- 工作记录: the group's own work, one row an event, with its units, members, people talked to,
-- places visited and the lines it found (problems, good practices); and each unit's roster
-- (主要负责同志, 班子成员) that the coverage of talks is counted against. The details of every
-- kind share the entry's row (a column is empty for the kinds it does not belong to): one
-- read, one row in the history per change.

CREATE TABLE work_entry (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT NOT NULL CHECK (kind IN ('ARRIVAL', 'TALK', 'GROUP_INTERVIEW', 'VISIT', 'FORUM', 'SITTING',
                                                   'BRIEFING', 'DOCUMENT_CHECK', 'REMINDER', 'GROUP_MEETING')),
    status           TEXT NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
    on_date          TEXT NOT NULL,
    at_time          TEXT,
    for_group        INTEGER NOT NULL DEFAULT 0 CHECK (for_group IN (0, 1)),
    leader_id        INTEGER REFERENCES member(id) ON DELETE SET NULL,
    notes            TEXT NOT NULL DEFAULT '',
    evidence         TEXT NOT NULL DEFAULT '',
    method           TEXT CHECK (method IS NULL OR method IN ('REGULAR', 'UNANNOUNCED', 'SPOT_CHECK', 'COVERT')),
    topic            TEXT NOT NULL DEFAULT '',
    participants     INTEGER CHECK (participants IS NULL OR participants BETWEEN 1 AND 1000),
    participants_who TEXT NOT NULL DEFAULT '',
    meeting          TEXT CHECK (meeting IS NULL OR meeting IN ('CENTRAL_GROUP_STUDY', 'DEMOCRATIC_LIFE', 'MOBILISATION',
                                                                 'READING_CLASS', 'PARTY_LECTURE', 'OTHER')),
    meeting_title    TEXT NOT NULL DEFAULT '',
    action_id        INTEGER REFERENCES required_action(id) ON DELETE SET NULL,
    means            TEXT NOT NULL DEFAULT '',
    reminder_to      TEXT NOT NULL DEFAULT '',
    reminder_about   TEXT NOT NULL DEFAULT '',
    reply_due        TEXT,
    replied_on       TEXT,
    updated_at       TEXT NOT NULL
);
CREATE INDEX work_entry_on ON work_entry(on_date);
CREATE INDEX work_entry_leader ON work_entry(leader_id);
CREATE INDEX work_entry_action ON work_entry(action_id);

CREATE TABLE work_entry_unit (
    entry_id INTEGER NOT NULL REFERENCES work_entry(id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX work_entry_unit_unit ON work_entry_unit(unit_id);

CREATE TABLE work_entry_member (
    entry_id  INTEGER NOT NULL REFERENCES work_entry(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (entry_id, member_id)
) WITHOUT ROWID;
CREATE INDEX work_entry_member_member ON work_entry_member(member_id);

-- The people talked to: a named person, or a number of people of one rank. Names are internal.
CREATE TABLE work_person (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id INTEGER NOT NULL REFERENCES work_entry(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL DEFAULT '',
    unit_id  INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    job      TEXT NOT NULL DEFAULT '',
    level    TEXT NOT NULL CHECK (level IN ('HEAD', 'LEADERSHIP', 'MIDDLE', 'MEMBER', 'PUBLIC', 'OTHER')),
    count    INTEGER NOT NULL CHECK (count BETWEEN 1 AND 500)
);
CREATE INDEX work_person_entry ON work_person(entry_id);
CREATE INDEX work_person_unit ON work_person(unit_id);

CREATE TABLE work_place (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id INTEGER NOT NULL REFERENCES work_entry(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind     TEXT NOT NULL CHECK (kind IN ('CITY_COUNTY', 'TOWNSHIP', 'VILLAGE', 'ENTERPRISE', 'SCHOOL', 'HOSPITAL',
                                          'SERVICE_WINDOW', 'RED_SITE', 'OTHER'))
);
CREATE INDEX work_place_entry ON work_place(entry_id);

-- 发现的问题 and 典型做法; a problem turned into a ledger item names it (once: an item comes
-- from one finding).
CREATE TABLE work_line (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id INTEGER NOT NULL REFERENCES work_entry(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('FINDING', 'HIGHLIGHT')),
    position INTEGER NOT NULL,
    text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
    item_id  INTEGER UNIQUE REFERENCES rectification(id) ON DELETE SET NULL CHECK (item_id IS NULL OR kind = 'FINDING')
);
CREATE INDEX work_line_entry ON work_line(entry_id);

-- A unit's 主要负责同志 and 班子成员.
CREATE TABLE unit_person (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id    INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    job        TEXT NOT NULL DEFAULT '',
    level      TEXT NOT NULL CHECK (level IN ('HEAD', 'LEADERSHIP')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (unit_id, name)
);

-- Every export that included internal texts (talk notes, names talked to, covert visits): when,
-- to which file, how many entries. Recorded in the change history like any write.
CREATE TABLE internal_export (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    file_name TEXT NOT NULL,
    entries   INTEGER NOT NULL
);
