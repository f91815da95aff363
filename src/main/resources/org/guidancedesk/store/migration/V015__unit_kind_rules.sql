-- Catalogue additions by kind of unit (issue 17 item 3): a template may add an action for units
-- of one kind only (rule ADD: 高校 and 企业 study their own field's speeches, seed 003) or mark an
-- action 不适用 for units of one kind (rule NOT_APPLICABLE). The action itself is an ordinary row
-- of required_action shown to every unit; a unit added whose kind it does not fit gets a 不适用
-- record for it (the checklist matrix stays one column per action). Kept with the action.

CREATE TABLE action_unit_kind (
    action_id INTEGER NOT NULL REFERENCES required_action (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    rule      TEXT NOT NULL CHECK (rule IN ('ADD', 'NOT_APPLICABLE')),
    PRIMARY KEY (action_id, kind)
);
