-- The rectification ledgers (两本账): items, their dated progress notes, dismissed warnings,
-- categories edited by the user, saved filters, and a record of every import.

CREATE TABLE ledger_category (
    ledger     TEXT NOT NULL CHECK (ledger IN ('SPECIAL', 'RECTIFY')),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (ledger, name)
) WITHOUT ROWID;

CREATE TABLE ledger_import (
    id          INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    item_count  INTEGER NOT NULL CHECK (item_count >= 0)
);

CREATE TABLE rectification (
    id           INTEGER PRIMARY KEY,
    ledger       TEXT NOT NULL CHECK (ledger IN ('SPECIAL', 'RECTIFY')),
    serial       INTEGER NOT NULL CHECK (serial > 0),
    category     TEXT NOT NULL DEFAULT '',
    unit_id      INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    problem      TEXT NOT NULL CHECK (length(trim(problem)) > 0),
    measures     TEXT NOT NULL DEFAULT '',
    leader       TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL DEFAULT '',
    node         TEXT NOT NULL CHECK (node IN ('IMMEDIATE', 'DEADLINE', 'LONG_TERM')),
    due_date     TEXT CHECK (node <> 'DEADLINE' OR due_date IS NOT NULL),
    status       TEXT NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'CLOSED', 'ONGOING')),
    completed_on TEXT,
    verified_on  TEXT CHECK (status <> 'CLOSED' OR verified_on IS NOT NULL),
    verified_by  TEXT NOT NULL DEFAULT '',
    evidence     TEXT NOT NULL DEFAULT '',
    remarks      TEXT NOT NULL DEFAULT '',
    created_on   TEXT NOT NULL,
    import_id    INTEGER REFERENCES ledger_import(id) ON DELETE SET NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (ledger, serial)
);
CREATE INDEX rectification_unit ON rectification(unit_id);

CREATE TABLE rectification_progress (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES rectification(id) ON DELETE CASCADE,
    on_date    TEXT NOT NULL,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL
);
CREATE INDEX rectification_progress_item ON rectification_progress(item_id, on_date);

CREATE TABLE rectification_dismissed (
    item_id INTEGER NOT NULL REFERENCES rectification(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    PRIMARY KEY (item_id, kind)
) WITHOUT ROWID;

CREATE TABLE ledger_filter (
    name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
    spec TEXT NOT NULL
) WITHOUT ROWID;
