package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a repeating group work item stands on a day: its occurrences (from its rule, inside its
 * due window or else the campaign's dates), which were held by that day, which were missed (due
 * before it and not held), and the one a tick of its cell means. The day may be past (a weekly
 * sheet of an earlier week): an occurrence held after it does not count yet.
 */
public final class RepeatProgress {
    private final List<LocalDate> dates;
    private final Map<LocalDate, HeldOccurrence> held = new TreeMap<>();
    private final LocalDate today;

    public RepeatProgress(RequiredAction item, Group group, List<HeldOccurrence> heldOnes, LocalDate today) {
        if (!item.repeats()) {
            throw new IllegalArgumentException("not a repeating item: " + item.id());
        }
        LocalDate from = item.dueFrom() != null ? item.dueFrom() : group.start();
        LocalDate until = item.dueTo() != null ? item.dueTo() : group.end();
        this.dates = item.repeat().dates(from, until);
        this.today = today;
        for (HeldOccurrence h : heldOnes) {
            if (!h.heldOn().isAfter(today)) {
                held.put(h.due(), h);
            }
        }
    }

    /** Every due date, in order. */
    public List<LocalDate> dates() {
        return dates;
    }

    /** The occurrence of that date if it was held by the day. */
    public Optional<HeldOccurrence> held(LocalDate due) {
        return Optional.ofNullable(held.get(due));
    }

    /** How many of its dates were held. */
    public int heldCount() {
        return (int) dates.stream().filter(held::containsKey).count();
    }

    /** The dates before today not held, in order. */
    public List<LocalDate> missed() {
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate d : dates) {
            if (d.isBefore(today) && !held.containsKey(d)) {
                result.add(d);
            }
        }
        return result;
    }

    /** The first date from today on not yet held. */
    public Optional<LocalDate> next() {
        return dates.stream().filter(d -> !d.isBefore(today) && !held.containsKey(d)).findFirst();
    }

    /**
     * The occurrence a tick of the cell means: the latest one due by today (this week's study,
     * ticked on its day or after), else the first; empty when it has no dates.
     */
    public Optional<LocalDate> current() {
        LocalDate latest = null;
        for (LocalDate d : dates) {
            if (!d.isAfter(today)) {
                latest = d;
            }
        }
        return latest != null ? Optional.of(latest) : dates.stream().findFirst();
    }

    /**
     * Whether an occurrence can be ticked held today: one that has come, or the next to come
     * (held early: the study moved forward to this week's Wednesday); not one further off.
     */
    public boolean canHold(LocalDate due) {
        return dates.contains(due) && (!due.isAfter(today)
                || dates.stream().filter(d -> d.isAfter(today)).findFirst().filter(due::equals).isPresent());
    }

    /** Every date held. */
    public boolean complete() {
        return !dates.isEmpty() && heldCount() == dates.size();
    }

    /** The last day one was held, or empty. */
    public Optional<LocalDate> lastHeld() {
        return held.values().stream().map(HeldOccurrence::heldOn).max(LocalDate::compareTo);
    }

    /** Red when one was missed, the next date's light otherwise, green when all were held. */
    public TrafficLight light(int warnDays) {
        if (complete()) {
            return TrafficLight.GREEN;
        }
        if (!missed().isEmpty()) {
            return TrafficLight.RED;
        }
        return next().map(d -> TrafficLight.of(d, false, false, today, warnDays)).orElse(TrafficLight.GREY);
    }

    /**
     * The item's record after its ticks changed: 已完成 on the last day held when every date was
     * held, else back to what it was before (scheduled if planned) — a 不适用 record stays so.
     */
    public ActionRecord recordFor(ActionRecord stored) {
        if (stored.status() == ActionStatus.NOT_APPLICABLE) {
            return stored;
        }
        if (complete()) {
            return stored.doneOn(lastHeld().orElseThrow());
        }
        return stored.status() == ActionStatus.DONE ? stored.toggled(today) : stored;
    }
}
