-- The 工作动态 that goes up every week: the secretary's rewording of a week's parts (the
-- generated text stays available: a part without a row here is printed as generated), the
-- issue numbers given (one per week, never reused), and which kind of report an archived
-- copy is.

CREATE TABLE dynamic_text (
    week       TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'),
    part       TEXT NOT NULL CHECK (part IN ('WORK', 'UNITS', 'PROBLEMS', 'HIGHLIGHTS', 'NEXT', 'COORDINATION')),
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (week, part)
);

CREATE TABLE dynamic_issue (
    number     INTEGER PRIMARY KEY CHECK (number > 0),
    week       TEXT NOT NULL UNIQUE CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'),
    issued_at  TEXT NOT NULL
);

ALTER TABLE sheet_archive ADD COLUMN report TEXT NOT NULL DEFAULT 'SHEET' CHECK (report IN ('SHEET', 'DYNAMIC'));
