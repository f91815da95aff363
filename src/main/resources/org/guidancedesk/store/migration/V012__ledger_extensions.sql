-- The ledger's 整改标准 (what "done" means: one of the 台账's 五个明确), 延期 and 退回.
--
-- 整改标准 is a text of the item. An item extended keeps its first due date (original_due,
-- set at its first 延期 and never moved after), so the 已延期 state and both dates are read
-- from the item itself; its due_date is the date now in force.
--
-- 延期 and 退回 are lines of the item's progress history (rectification_progress), of their
-- own kind, as the work log's kinds share the entry's row: one row says what was decided, on
-- which day (on_date) and why (text), recorded when (created_at), so undo, the trash and the
-- item's 修改记录 take them with the item's other history, and the history reads in one query.
--   EXTENSION: old_due → new_due, approved by approved_by (free text: 组长 王建国) on on_date.
--   SENDBACK:  a completion not accepted; the status and dates it took back (returned_*), so a
--              past week's sheet still shows the item as it stood then.

ALTER TABLE rectification ADD COLUMN standard TEXT NOT NULL DEFAULT '';
ALTER TABLE rectification ADD COLUMN original_due TEXT;

ALTER TABLE rectification_progress ADD COLUMN kind TEXT NOT NULL DEFAULT 'NOTE'
    CHECK (kind IN ('NOTE', 'EXTENSION', 'SENDBACK'));
ALTER TABLE rectification_progress ADD COLUMN old_due TEXT
    CHECK (kind <> 'EXTENSION' OR old_due IS NOT NULL);
ALTER TABLE rectification_progress ADD COLUMN new_due TEXT
    CHECK (kind <> 'EXTENSION' OR (new_due IS NOT NULL AND new_due > old_due));
ALTER TABLE rectification_progress ADD COLUMN approved_by TEXT NOT NULL DEFAULT ''
    CHECK (kind <> 'EXTENSION' OR length(trim(approved_by)) > 0);
ALTER TABLE rectification_progress ADD COLUMN returned_status TEXT
    CHECK (returned_status IS NULL OR returned_status IN ('COMPLETED', 'CLOSED'))
    CHECK (kind <> 'SENDBACK' OR returned_status IS NOT NULL);
ALTER TABLE rectification_progress ADD COLUMN returned_completed_on TEXT;
ALTER TABLE rectification_progress ADD COLUMN returned_verified_on TEXT;
ALTER TABLE rectification_progress ADD COLUMN returned_verified_by TEXT NOT NULL DEFAULT '';
