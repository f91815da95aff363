-- Phases as data (issue 17): the campaign's phases, and the areas (方面) the group's own work
-- items are organised in, become rows of the file instead of five values fixed in the program,
-- so a campaign can have its own (2021: 学党史、悟思想、办实事、开新局; 2023: 理论学习、调查研究、
-- 推动发展、检视整改 …). A row belongs to one scope: UNIT, the phases of every unit's required
-- actions (the weekly sheet's 规定动作进度 columns), or GROUP, the areas of the group's work items.
-- code is the template's key of the row (STUDY …), '' for one the user added; sort_order is the
-- order the checklist, the sheet and 设置 show them in.
--
-- Every file starts with the five phases of 2019 in both scopes, in their old order, so every
-- existing action keeps its phase and its place; creating a group from a template replaces
-- them while no action uses them. Numbered V014 (V013 may be written beside it).

CREATE TABLE phase (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    scope      TEXT NOT NULL CHECK (scope IN ('UNIT', 'GROUP')),
    code       TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (scope, name)
);
CREATE UNIQUE INDEX phase_code ON phase(scope, code) WHERE code <> '';

INSERT INTO phase (id, scope, code, name, sort_order) VALUES
    (1, 'UNIT', 'STUDY', '学习教育', 1),
    (2, 'UNIT', 'RESEARCH', '调查研究', 2),
    (3, 'UNIT', 'INSPECTION', '检视问题', 3),
    (4, 'UNIT', 'RECTIFICATION', '整改落实', 4),
    (5, 'UNIT', 'SUMMARY', '总结', 5),
    (6, 'GROUP', 'STUDY', '学习教育', 1),
    (7, 'GROUP', 'RESEARCH', '调查研究', 2),
    (8, 'GROUP', 'INSPECTION', '检视问题', 3),
    (9, 'GROUP', 'RECTIFICATION', '整改落实', 4),
    (10, 'GROUP', 'SUMMARY', '总结', 5);

-- The catalogue refers to its phase by id. SQLite cannot change a column, so the table is
-- rebuilt as its documentation prescribes (foreign keys are off while migrations run, so the
-- records, attendance and work-log entries that refer to an action keep their rows), its
-- AUTOINCREMENT high-water mark carried over. A phase in use cannot be deleted (no cascade).
CREATE TABLE required_action__rebuild (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    phase_id    INTEGER NOT NULL REFERENCES phase(id),
    must_attend INTEGER NOT NULL DEFAULT 0 CHECK (must_attend IN (0, 1)),
    due_from    TEXT,
    due_to      TEXT CHECK (due_to IS NULL OR due_from IS NULL OR due_to >= due_from),
    scope       TEXT NOT NULL CHECK (scope IN ('UNIT', 'GROUP')),
    sort_order  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO required_action__rebuild (id, title, phase_id, must_attend, due_from, due_to, scope, sort_order)
    SELECT a.id, a.title, p.id, a.must_attend, a.due_from, a.due_to, a.scope, a.sort_order
    FROM required_action a JOIN phase p ON p.scope = a.scope AND p.code = a.phase;

INSERT INTO sqlite_sequence (name, seq)
    SELECT 'required_action__rebuild', seq FROM sqlite_sequence WHERE name = 'required_action'
    AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'required_action__rebuild');
UPDATE sqlite_sequence SET seq = max(seq, ifnull((SELECT seq FROM sqlite_sequence WHERE name = 'required_action'), 0))
    WHERE name = 'required_action__rebuild';

DROP TABLE required_action;
ALTER TABLE required_action__rebuild RENAME TO required_action;

CREATE INDEX required_action_phase ON required_action(phase_id);

-- The history holds the actions as they were written (phase 'STUDY' …): each recorded row gets
-- the id of its phase instead, so an action deleted before this version comes back from the
-- trash, and its 修改记录 names its phase.
UPDATE change_row SET
    old = CASE WHEN old IS NULL THEN NULL ELSE json_remove(json_set(old, '$.phase_id',
        (SELECT p.id FROM phase p WHERE p.scope = json_extract(old, '$.scope') AND p.code = json_extract(old, '$.phase'))),
        '$.phase') END,
    new = CASE WHEN new IS NULL THEN NULL ELSE json_remove(json_set(new, '$.phase_id',
        (SELECT p.id FROM phase p WHERE p.scope = json_extract(new, '$.scope') AND p.code = json_extract(new, '$.phase'))),
        '$.phase') END
WHERE tbl = 'required_action';

-- The ledgers' categories are the file's too: a file whose lists were never edited gets the
-- lists it has been showing (the eight 专项整治 of 2019 and the five sources), so they no
-- longer depend on what a later program ships. Only in a file that holds a group.
INSERT INTO ledger_category (ledger, name, sort_order)
    SELECT 'SPECIAL', name, n FROM (
        SELECT '整治贯彻落实习近平新时代中国特色社会主义思想和党中央决策部署不力问题' AS name, 1 AS n
        UNION ALL SELECT '整治干事创业精气神不够问题', 2
        UNION ALL SELECT '整治违反中央八项规定精神问题', 3
        UNION ALL SELECT '整治形式主义、官僚主义问题', 4
        UNION ALL SELECT '整治领导干部配偶、子女及其配偶违规经商办企业问题', 5
        UNION ALL SELECT '整治对群众关心的利益问题漠然处之问题', 6
        UNION ALL SELECT '整治基层党组织软弱涣散问题', 7
        UNION ALL SELECT '整治对黄赌毒和黑恶势力听之任之甚至充当保护伞问题', 8)
    WHERE EXISTS (SELECT 1 FROM group_info)
    AND NOT EXISTS (SELECT 1 FROM ledger_category WHERE ledger = 'SPECIAL');
INSERT INTO ledger_category (ledger, name, sort_order)
    SELECT 'RECTIFY', name, n FROM (
        SELECT '巡视巡察反馈' AS name, 1 AS n
        UNION ALL SELECT '督查考核', 2
        UNION ALL SELECT '调研检视', 3
        UNION ALL SELECT '群众反映', 4
        UNION ALL SELECT '指导组反馈', 5)
    WHERE EXISTS (SELECT 1 FROM group_info)
    AND NOT EXISTS (SELECT 1 FROM ledger_category WHERE ledger = 'RECTIFY');
