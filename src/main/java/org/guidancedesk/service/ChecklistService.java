package org.guidancedesk.service;

import java.time.Clock;
import java.time.LocalDate;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import java.util.List;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.HeldOccurrence;
import org.guidancedesk.domain.RepeatProgress;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.store.ActionRepository;
import org.guidancedesk.store.GroupRepository;
import org.guidancedesk.store.HeldOccurrenceRepository;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.RecordRepository;

/** The required-action checklist: load it, tick cells, edit a cell's details. */
public final class ChecklistService {
    private final Database db;
    private final Clock clock;
    private final ActionRepository actions = new ActionRepository();
    private final RecordRepository records = new RecordRepository();
    private final HeldOccurrenceRepository held = new HeldOccurrenceRepository();
    private final GroupRepository groups = new GroupRepository();

    ChecklistService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days ahead that count as "due soon": the traffic-light setting shared by every kind of item. */
    public int warnDays() {
        return db.read(DeadlineService::warnDays);
    }

    /** Everything the checklist shows, read in one consistent snapshot. */
    public Checklist load() {
        return db.read(ChecklistQuery::read);
    }

    /**
     * Ticks the cell done today, or undoes a done cell, reading the stored record in the same
     * transaction so a tick never works on stale data.
     */
    public ActionRecord toggle(RecordKey key) {
        LocalDate today = today();
        return db.write(c -> {
            checkScope(c, key);
            ActionRecord current = records.find(c, key).orElse(ActionRecord.empty(key));
            ActionRecord next = current.toggled(today);
            records.save(c, next, clock.instant());
            return next;
        });
    }

    /** What {@link #markDone} did: the records saved, and how many 不适用 cells it left alone. */
    public record Marked(java.util.List<ActionRecord> saved, int skippedNotApplicable, int skippedRepeating) {
        public Marked {
            saved = java.util.List.copyOf(saved);
        }
    }

    /**
     * Marks cells done on one day (a past event caught up on, or ticks whose date was wrong), in
     * one transaction, so one undo step takes them all back. A done cell gets the new date; a
     * 不适用 cell is left as it is (exempt is a decision of its own, not a date to overwrite).
     * Planned date, attendance and note are kept.
     */
    public Marked markDone(java.util.Collection<RecordKey> keys, LocalDate day) {
        LocalDate today = today();
        ActionRecord.checkDoneDate(java.util.Objects.requireNonNull(day, "day"), today);
        return db.write(c -> {
            java.util.List<ActionRecord> saved = new java.util.ArrayList<>();
            int skipped = 0;
            int repeating = 0;
            for (RecordKey key : new java.util.LinkedHashSet<>(keys)) {
                if (checkScope(c, key).repeats()) {
                    repeating++; // held one occurrence at a time (tickOccurrence), never done whole
                    continue;
                }
                ActionRecord current = records.find(c, key).orElse(ActionRecord.empty(key));
                if (current.status() == ActionStatus.NOT_APPLICABLE) {
                    skipped++;
                    continue;
                }
                ActionRecord next = current.doneOn(day);
                if (!next.equals(current)) {
                    records.save(c, next, clock.instant());
                }
                saved.add(next);
            }
            return new Marked(saved, skipped, repeating);
        });
    }

    /** What a tick of an occurrence changed: the item's record and its held occurrences now. */
    public record OccurrenceTicked(ActionRecord record, List<HeldOccurrence> held) {
        public OccurrenceTicked {
            held = List.copyOf(held);
        }
    }

    /**
     * Marks one occurrence of a repeating group work item held today (on its own day when that
     * has come) or not held, and brings the item's record along in the same transaction: 已完成
     * when every occurrence was held. Of those still to come only the next can be held (early).
     */
    public OccurrenceTicked tickOccurrence(long itemId, LocalDate due, boolean heldNow) {
        LocalDate today = today();
        return db.write(c -> {
            RequiredAction item = actions.find(c, itemId).orElseThrow(() -> new IllegalArgumentException("no such item: " + itemId));
            Group group = groups.find(c).orElseThrow();
            if (!item.repeats() || item.scope() != ActionScope.GROUP) {
                throw new IllegalArgumentException("item " + itemId + " does not repeat");
            }
            RepeatProgress before = new RepeatProgress(item, group, held.findOf(c, itemId), today);
            if (!before.dates().contains(due)) {
                throw new ValidationException("occurrence.due", "validation.noSuchOccurrence", due);
            }
            if (heldNow && !before.canHold(due)) {
                throw new ValidationException("occurrence.due", "validation.occurrenceNotYet", due);
            }
            if (heldNow) {
                held.save(c, HeldOccurrence.tickedOn(itemId, due, today), clock.instant());
            } else {
                held.delete(c, itemId, due);
            }
            List<HeldOccurrence> now = held.findOf(c, itemId);
            RecordKey key = RecordKey.ofGroupItem(itemId);
            ActionRecord stored = records.find(c, key).orElse(ActionRecord.empty(key));
            ActionRecord next = new RepeatProgress(item, group, now, today).recordFor(stored);
            if (!next.equals(stored)) {
                records.save(c, next, clock.instant());
            }
            return new OccurrenceTicked(next, now);
        });
    }

    /** Saves a cell's details (status, dates, attendance, note) after checking them. */
    public ActionRecord save(ActionRecord record) {
        record.checkAgainst(today());
        return db.write(c -> {
            RequiredAction action = checkScope(c, record.key());
            if (action.repeats() && record.status() == ActionStatus.DONE
                    && !new RepeatProgress(action, groups.find(c).orElseThrow(), held.findOf(c, action.id()), today()).complete()) {
                throw new ValidationException("record.status", "validation.repeatNotAllHeld");
            }
            records.save(c, record, clock.instant());
            return record;
        });
    }

    /** A unit's action needs a unit, a group work item none; anything else is a programming error. */
    private RequiredAction checkScope(java.sql.Connection c, RecordKey key) throws java.sql.SQLException {
        RequiredAction action = actions.find(c, key.actionId()).orElseThrow(() -> new IllegalArgumentException("no such action: " + key.actionId()));
        if ((action.scope() == ActionScope.GROUP) != key.isGroupItem()) {
            throw new IllegalArgumentException("record " + key + " does not fit the scope of action " + action.id());
        }
        return action;
    }
}
