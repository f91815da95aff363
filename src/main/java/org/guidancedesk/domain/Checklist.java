package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the checklist shows for one group at one moment: the group, its members and
 * units, the action catalogue split by scope, and the stored records.
 */
public record Checklist(Group group, List<Member> members, List<Unit> units,
                        List<RequiredAction> unitActions, List<RequiredAction> groupItems,
                        Map<RecordKey, ActionRecord> records, Map<Long, List<HeldOccurrence>> held) {

    public Checklist {
        members = List.copyOf(members);
        units = List.copyOf(units);
        unitActions = List.copyOf(unitActions);
        groupItems = List.copyOf(groupItems);
        records = Map.copyOf(records);
        held = Map.copyOf(held);
    }

    /** A checklist without repeating items held. */
    public Checklist(Group group, List<Member> members, List<Unit> units, List<RequiredAction> unitActions,
                     List<RequiredAction> groupItems, Map<RecordKey, ActionRecord> records) {
        this(group, members, units, unitActions, groupItems, records, Map.of());
    }

    /** The held occurrences of a repeating group work item. */
    public List<HeldOccurrence> heldOf(long actionId) {
        return held.getOrDefault(actionId, List.of());
    }

    /** Where a repeating group work item stands today. */
    public RepeatProgress repeatProgress(RequiredAction item, LocalDate today) {
        return new RepeatProgress(item, group, heldOf(item.id()), today);
    }

    /** A copy with one item's record and held occurrences replaced (a tick of an occurrence). */
    public Checklist with(ActionRecord changed, long actionId, List<HeldOccurrence> heldNow) {
        Map<Long, List<HeldOccurrence>> copy = new HashMap<>(held);
        copy.put(actionId, heldNow);
        Checklist c = new Checklist(group, members, units, unitActions, groupItems, records, copy);
        return c.with(changed);
    }

    /** The stored record, or an empty one for a cell never touched. */
    public ActionRecord record(RecordKey key) {
        return records.getOrDefault(key, ActionRecord.empty(key));
    }

    /** A copy with one record replaced (or removed when it became empty). */
    public Checklist with(ActionRecord changed) {
        Map<RecordKey, ActionRecord> copy = new HashMap<>(records);
        if (changed.isEmpty()) {
            copy.remove(changed.key());
        } else {
            copy.put(changed.key(), changed);
        }
        return new Checklist(group, members, units, unitActions, groupItems, copy, held);
    }

    /** Done out of applicable for one unit over the given actions. */
    public Completion completionOfUnit(long unitId, List<RequiredAction> actions) {
        Completion c = Completion.NONE;
        for (RequiredAction a : actions) {
            c = c.plus(record(new RecordKey(a.id(), unitId)).status());
        }
        return c;
    }

    /** Done out of applicable for one action over the given units. */
    public Completion completionOfAction(RequiredAction action, List<Unit> overUnits) {
        Completion c = Completion.NONE;
        for (Unit u : overUnits) {
            c = c.plus(record(new RecordKey(action.id(), u.id())).status());
        }
        return c;
    }

    /** Done out of applicable over every (unit, action) cell given. */
    public Completion completionOverall(List<RequiredAction> actions, List<Unit> overUnits) {
        Completion c = Completion.NONE;
        for (Unit u : overUnits) {
            for (RequiredAction a : actions) {
                c = c.plus(record(new RecordKey(a.id(), u.id())).status());
            }
        }
        return c;
    }

    /** Done out of applicable over the group's own work items. */
    public Completion completionOfGroupItems(List<RequiredAction> items) {
        Completion c = Completion.NONE;
        for (RequiredAction a : items) {
            c = c.plus(record(RecordKey.ofGroupItem(a.id())).status());
        }
        return c;
    }

    /**
     * The progress light of cells: for one unit (or, with {@code unitId == null}, the group's
     * work items) over the given actions. See {@link TrafficLight#worstOf}.
     */
    public TrafficLight progressLight(Long unitId, List<RequiredAction> actions, java.time.LocalDate today,
                                      int warnDays) {
        List<TrafficLight> lights = new java.util.ArrayList<>();
        for (RequiredAction a : actions) {
            ActionRecord r = record(new RecordKey(a.id(), unitId));
            // A repeating item is judged by its occurrences (one missed is red), not one due date.
            lights.add(a.repeats() && r.status() != ActionStatus.NOT_APPLICABLE
                    ? repeatProgress(a, today).light(warnDays) : r.progressLight(a, today, warnDays));
        }
        return TrafficLight.worstOf(lights);
    }

    /** The progress light over every (unit, action) cell given. */
    public TrafficLight progressLight(List<RequiredAction> actions, List<Unit> overUnits, java.time.LocalDate today,
                                      int warnDays) {
        List<TrafficLight> lights = new java.util.ArrayList<>();
        for (Unit u : overUnits) {
            lights.add(progressLight(u.id(), actions, today, warnDays));
        }
        return TrafficLight.worstOf(lights);
    }
}
