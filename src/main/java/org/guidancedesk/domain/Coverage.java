package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 全覆盖 at a glance: for each unit, how often and when last the group arrived, talked,
 * visited, held a forum, sat in, reminded; and who of its roster has not been talked to yet.
 * Done entries up to the day asked only.
 */
public final class Coverage {
    /** The grid's columns; talks include group interviews. */
    public enum Column {
        ARRIVAL, TALK, VISIT, FORUM, SITTING, REMINDER;

        static Column of(WorkKind kind) {
            return switch (kind) {
                case ARRIVAL -> ARRIVAL;
                case TALK, GROUP_INTERVIEW -> TALK;
                case VISIT -> VISIT;
                case FORUM -> FORUM;
                case SITTING -> SITTING;
                case REMINDER -> REMINDER;
                default -> null;
            };
        }
    }

    /** One cell: how many entries, and the last one's date (null when none). */
    public record Cell(int count, LocalDate last) {
        static final Cell NONE = new Cell(0, null);

        Cell plus(LocalDate on) {
            return new Cell(count + 1, last == null || on.isAfter(last) ? on : last);
        }
    }

    /** One unit's row: its cells, and its roster split into talked to and not yet. */
    public record Row(long unitId, Map<Column, Cell> cells, List<RosterPerson> talkedTo, List<RosterPerson> notYet) {
        public Row {
            cells = Map.copyOf(cells);
            talkedTo = List.copyOf(talkedTo);
            notYet = List.copyOf(notYet);
        }

        public Cell cell(Column column) {
            return cells.getOrDefault(column, Cell.NONE);
        }

        public int roster() {
            return talkedTo.size() + notYet.size();
        }
    }

    private Coverage() {}

    /** A row per unit, in the order given. */
    public static List<Row> of(List<Unit> units, Collection<WorkEntry> entries, Collection<RosterPerson> roster,
                               LocalDate asOf) {
        Map<Long, Map<Column, Cell>> cells = new LinkedHashMap<>();
        Map<Long, Set<String>> named = new LinkedHashMap<>();
        for (WorkEntry e : entries) {
            if (!e.countsWithin(DateRange.FIRST, asOf)) {
                continue;
            }
            Column column = Column.of(e.kind());
            if (column != null) {
                for (long unit : e.unitIds()) {
                    cells.computeIfAbsent(unit, k -> new EnumMap<>(Column.class)).merge(column, Cell.NONE.plus(e.on()),
                            (a, b) -> a.plus(e.on()));
                }
            }
            if (e.details() instanceof WorkDetails.Talk talk) {
                for (Interviewee p : talk.people()) {
                    if (p.named()) {
                        named.computeIfAbsent(p.unitId(), k -> new HashSet<>()).add(sameName(p.name()));
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>(units.size());
        for (Unit unit : units) {
            Set<String> talked = named.getOrDefault(unit.id(), Set.of());
            List<RosterPerson> yes = new ArrayList<>();
            List<RosterPerson> no = new ArrayList<>();
            roster.stream().filter(r -> r.unitId() == unit.id())
                    .sorted(java.util.Comparator.comparingInt(RosterPerson::sortOrder).thenComparing(RosterPerson::name))
                    .forEach(r -> (talked.contains(sameName(r.name())) ? yes : no).add(r));
            rows.add(new Row(unit.id(), cells.getOrDefault(unit.id(), Map.of()), yes, no));
        }
        return rows;
    }

    /** The same person typed with other blanks or case: as {@link WorkFigures} counts people. */
    static String sameName(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
