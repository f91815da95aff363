-- Reporting deadlines (上报材料): the rule of each, the occurrences marked submitted, and
-- settings such as the traffic-light warning window. Occurrences are computed, never stored.

CREATE TABLE deadline (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    due_time       TEXT,
    recipient      TEXT NOT NULL DEFAULT '',
    responsible_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('ONCE', 'WEEKLY', 'MONTHLY')),
    due_date       TEXT CHECK ((kind = 'ONCE') = (due_date IS NOT NULL)),
    weekday        INTEGER CHECK ((kind = 'WEEKLY') = (weekday IS NOT NULL) AND (weekday IS NULL OR weekday BETWEEN 1 AND 7)),
    month_day      INTEGER CHECK ((kind = 'MONTHLY') = (month_day IS NOT NULL) AND (month_day IS NULL OR month_day BETWEEN 1 AND 31)),
    starts         TEXT CHECK ((kind = 'ONCE') = (starts IS NULL)),
    until          TEXT CHECK (until IS NULL OR starts IS NULL OR until >= starts),
    note           TEXT NOT NULL DEFAULT '',
    sort_order     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE submission (
    deadline_id  INTEGER NOT NULL REFERENCES deadline(id) ON DELETE CASCADE,
    due_date     TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    sent         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (deadline_id, due_date)
) WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
