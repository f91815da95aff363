-- 审阅把关: the units' documents the group reviews (实施方案, 问题清单 …), round by round. The kinds
-- are the group's own list (editable in 设置), each with the usual criteria a point may be
-- checked against, one a line. A review exists once a unit's document of a kind is first
-- received; each round is 收到 (date, version) and, once given, the group's 反馈 (date, result,
-- the date a revision is due back) with its points. A point turned into a ledger item names it
-- (once: an item comes from one point). Numbered V011; the ledger's own V010 is written beside it.

CREATE TABLE review_kind (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    criteria   TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE review (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    kind_id INTEGER NOT NULL REFERENCES review_kind(id) ON DELETE CASCADE,
    UNIQUE (unit_id, kind_id)
);
CREATE INDEX review_kind_of ON review(kind_id);

CREATE TABLE review_round (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id   INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    received_on TEXT NOT NULL,
    version     TEXT NOT NULL DEFAULT '',
    feedback_on TEXT CHECK (feedback_on IS NULL OR feedback_on >= received_on),
    result      TEXT CHECK ((result IS NULL) = (feedback_on IS NULL) AND (result IS NULL OR result IN ('APPROVED', 'REVISE', 'REWRITE'))),
    resubmit_by TEXT CHECK (resubmit_by IS NULL OR (result IN ('REVISE', 'REWRITE') AND resubmit_by > feedback_on)),
    updated_at  TEXT NOT NULL,
    UNIQUE (review_id, number)
);

CREATE TABLE review_point (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id INTEGER NOT NULL REFERENCES review_round(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
    criteria TEXT NOT NULL DEFAULT '',
    item_id  INTEGER UNIQUE REFERENCES rectification(id) ON DELETE SET NULL
);
CREATE INDEX review_point_round ON review_point(round_id);

INSERT INTO review_kind (name, criteria, sort_order) VALUES
    ('实施方案', '规定动作一个不能少' || char(10) || '学习时长' || char(10) || '整改时限合理', 1),
    ('学习计划', '学习时长' || char(10) || '规定动作一个不能少', 2),
    ('调研题目', '题目大而空', 3),
    ('问题清单', '问题见人见事见思想' || char(10) || '题目大而空', 4),
    ('专项整治方案', '整改时限合理' || char(10) || '问题见人见事见思想', 5),
    ('对照检查材料', '问题见人见事见思想' || char(10) || '反馈问题一一回应', 6),
    ('专题党课讲稿', '题目大而空' || char(10) || '问题见人见事见思想', 7),
    ('整改方案', '整改时限合理' || char(10) || '反馈问题一一回应', 8),
    ('办实事项目清单', '整改时限合理' || char(10) || '题目大而空', 9),
    ('总结报告', '规定动作一个不能少' || char(10) || '反馈问题一一回应', 10);
