-- The group's own work items (issue 17 item 6) get what the group divides among itself: an
-- owner among the members ("联络、材料、后勤、统筹"), and a rule for an item done again and again
-- (每周开展学习交流研讨, the 临时党支部's weekly study, seed 000) — every week on a weekday or
-- every month on a day, between the item's due window (else the campaign's dates), like a
-- reporting deadline's. Occurrences are computed from the rule, never stored; one held is a row
-- of work_occurrence (the tick), so changing the rule keeps what was held. A unit's required
-- action has neither (the CHECKs hold it).

ALTER TABLE required_action ADD COLUMN owner_id INTEGER REFERENCES member (id) ON DELETE SET NULL;
ALTER TABLE required_action ADD COLUMN repeat_every TEXT CHECK (repeat_every IS NULL OR repeat_every IN ('WEEK', 'MONTH'));
ALTER TABLE required_action ADD COLUMN repeat_day INTEGER CHECK (
    (repeat_every IS NULL AND repeat_day IS NULL)
    OR (repeat_every = 'WEEK' AND repeat_day BETWEEN 1 AND 7)
    OR (repeat_every = 'MONTH' AND repeat_day BETWEEN 1 AND 31));

CREATE TABLE work_occurrence (
    action_id  INTEGER NOT NULL REFERENCES required_action (id) ON DELETE CASCADE,
    due_date   TEXT NOT NULL,
    held_on    TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (action_id, due_date)
);
