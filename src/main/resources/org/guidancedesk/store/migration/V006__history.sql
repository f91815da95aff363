-- Change history (留痕), undo and the trash. Every write transaction is a change set; the
-- program's triggers record each row it inserts, updates or deletes, with the row before and
-- after as JSON. Undo and redo replay a set backwards or forwards; a deleted item is in the
-- trash while its set is not undone, restored or emptied.

CREATE TABLE change_set (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    at    TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'DONE' CHECK (state IN ('DONE', 'UNDONE', 'DISCARDED'))
);
-- Every write drops what could have been redone: looked up by state, not by a scan.
CREATE INDEX change_set_state ON change_set(state);

CREATE TABLE change_row (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    set_id  INTEGER NOT NULL REFERENCES change_set(id) ON DELETE CASCADE,
    tbl     TEXT NOT NULL,
    row_key TEXT NOT NULL,
    op      TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
    old     TEXT,
    new     TEXT
);
CREATE INDEX change_row_set ON change_row(set_id);
CREATE INDEX change_row_key ON change_row(tbl, row_key);

-- One row: the set the current transaction writes into, and whether a replay is running
-- (an undo is not itself recorded as a change).
CREATE TABLE change_control (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    current_set INTEGER,
    replaying   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO change_control (id, current_set, replaying) VALUES (1, NULL, 0);

-- Deleted items the user emptied from the trash: their sets stay as history, not as trash.
CREATE TABLE trash_emptied (
    set_id INTEGER PRIMARY KEY REFERENCES change_set(id) ON DELETE CASCADE
);

-- The highest serial each ledger has handed out: a deleted item's number is not given to a
-- new one, so restoring it from the trash never collides.
CREATE TABLE ledger_serial (
    ledger TEXT PRIMARY KEY CHECK (ledger IN ('SPECIAL', 'RECTIFY')),
    last   INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO ledger_serial (ledger, last) SELECT ledger, max(serial) FROM rectification GROUP BY ledger;
