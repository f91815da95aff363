-- The group, its members and units, the action catalogue and the checklist records.
-- Shipped migrations are never edited; add V002 and onwards instead.

CREATE TABLE group_info (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    campaign     TEXT NOT NULL CHECK (length(trim(campaign)) > 0),
    start_date   TEXT NOT NULL,
    end_date     TEXT NOT NULL CHECK (end_date >= start_date),
    secretary_id INTEGER REFERENCES member(id) ON DELETE SET NULL
);

CREATE TABLE member (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role       TEXT NOT NULL CHECK (role IN ('LEADER', 'DEPUTY', 'MEMBER', 'LIAISON')),
    duties     TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE unit (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('PROVINCE', 'MINISTRY', 'ENTERPRISE', 'UNIVERSITY', 'CITY', 'COUNTY', 'OTHER')),
    contact    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE required_action (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    phase       TEXT NOT NULL CHECK (phase IN ('STUDY', 'RESEARCH', 'INSPECTION', 'RECTIFICATION', 'SUMMARY')),
    must_attend INTEGER NOT NULL DEFAULT 0 CHECK (must_attend IN (0, 1)),
    due_from    TEXT,
    due_to      TEXT CHECK (due_to IS NULL OR due_from IS NULL OR due_to >= due_from),
    scope       TEXT NOT NULL CHECK (scope IN ('UNIT', 'GROUP')),
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE action_record (
    id           INTEGER PRIMARY KEY,
    action_id    INTEGER NOT NULL REFERENCES required_action(id) ON DELETE CASCADE,
    unit_id      INTEGER REFERENCES unit(id) ON DELETE CASCADE,
    status       TEXT NOT NULL CHECK (status IN ('NOT_SCHEDULED', 'SCHEDULED', 'DONE', 'NOT_APPLICABLE')),
    planned_date TEXT,
    done_date    TEXT CHECK ((status = 'DONE') = (done_date IS NOT NULL)),
    note         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);

-- One record per (action, unit); a group work item has no unit, so NULL is folded to 0.
CREATE UNIQUE INDEX action_record_cell ON action_record(action_id, ifnull(unit_id, 0));
CREATE INDEX action_record_unit ON action_record(unit_id);

CREATE TABLE record_attendee (
    record_id INTEGER NOT NULL REFERENCES action_record(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    PRIMARY KEY (record_id, member_id)
) WITHOUT ROWID;
CREATE INDEX record_attendee_member ON record_attendee(member_id);
