-- The weekly status sheet: the secretary's free text per week, and every sheet exported or
-- printed, kept byte for byte for reprinting.

CREATE TABLE week_note (
    week         TEXT PRIMARY KEY CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'),
    coordination TEXT NOT NULL DEFAULT '',
    other        TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);

CREATE TABLE sheet_archive (
    id         INTEGER PRIMARY KEY,
    week       TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'),
    kind       TEXT NOT NULL CHECK (kind IN ('EXPORT', 'PRINT')),
    created_at TEXT NOT NULL,
    file_name  TEXT NOT NULL DEFAULT '',
    pages      INTEGER NOT NULL CHECK (pages > 0),
    sha256     TEXT NOT NULL,
    pdf        BLOB NOT NULL
);
CREATE INDEX sheet_archive_week ON sheet_archive(week, created_at);
