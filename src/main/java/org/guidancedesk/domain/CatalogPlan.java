package org.guidancedesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing a catalogue file into a group does, said before anything is written: the
 * entries it adds, those it changes (field by field, old → new), how many it finds unchanged,
 * and the group's entries the file does not list, which it leaves as they are. An entry is the
 * same when its name is (a phase within its scope, an action or work item within its scope by
 * title, a category within its ledger, a deadline by title), so a name the group gave an entry
 * of its own stays; nothing is ever deleted by the plan.
 */
public record CatalogPlan(List<Line> adds, List<Line> changes, int unchanged, List<Line> leaves) {
    /** Which part of the catalogue an entry is. */
    public enum Part { PHASE, AREA, ACTION, ITEM, CATEGORY, DEADLINE }

    /** A field that changes: its name ({@code phase}, {@code mustAttend}, {@code dueFrom} …), old and new. */
    public record Diff(String field, Object before, Object after) {}

    /** One entry: its part, its name (for a category, the ledger's too) and, for a change, what changes. */
    public record Line(Part part, String name, Ledger ledger, List<Diff> diffs) {
        public Line {
            diffs = List.copyOf(diffs);
        }
    }

    public CatalogPlan {
        adds = List.copyOf(adds);
        changes = List.copyOf(changes);
        leaves = List.copyOf(leaves);
    }

    /** How many entries the import writes. */
    public int writes() {
        return adds.size() + changes.size();
    }

    /** The plan for importing {@code file} into a group holding {@code current}. */
    public static CatalogPlan of(CatalogEntries file, CatalogEntries current) {
        List<Line> adds = new ArrayList<>();
        List<Line> changes = new ArrayList<>();
        List<Line> leaves = new ArrayList<>();
        int[] unchanged = {0};
        for (Phase p : file.phases()) {
            if (phase(current, p.scope(), p.name()).isPresent()) {
                unchanged[0]++;
            } else {
                adds.add(new Line(partOf(p), p.name(), null, List.of()));
            }
        }
        for (RequiredAction a : file.actions()) {
            Optional<RequiredAction> same = action(current, a.scope(), a.title());
            if (same.isEmpty()) {
                adds.add(new Line(partOf(a), a.title(), null, List.of()));
                continue;
            }
            List<Diff> diffs = new ArrayList<>();
            RequiredAction was = same.get();
            diff(diffs, "phase", was.phase().name(), a.phase().name());
            diff(diffs, "mustAttend", was.mustAttend(), a.mustAttend());
            diff(diffs, "dueFrom", was.dueFrom(), a.dueFrom());
            diff(diffs, "dueTo", was.dueTo(), a.dueTo());
            count(changes, unchanged, new Line(partOf(a), a.title(), null, diffs));
        }
        for (Ledger l : Ledger.values()) {
            for (String name : file.categories().get(l)) {
                if (current.categories().get(l).contains(name)) {
                    unchanged[0]++;
                } else {
                    adds.add(new Line(Part.CATEGORY, name, l, List.of()));
                }
            }
        }
        for (Deadline d : file.deadlines()) {
            Optional<Deadline> same = current.deadlines().stream().filter(x -> x.title().equals(d.title())).findFirst();
            if (same.isEmpty()) {
                adds.add(new Line(Part.DEADLINE, d.title(), null, List.of()));
                continue;
            }
            List<Diff> diffs = new ArrayList<>();
            diff(diffs, "rule", same.get().recurrence(), d.recurrence());
            diff(diffs, "time", same.get().dueTime(), d.dueTime());
            diff(diffs, "recipient", same.get().recipient(), d.recipient());
            diff(diffs, "note", same.get().note(), d.note());
            count(changes, unchanged, new Line(Part.DEADLINE, d.title(), null, diffs));
        }
        leaves(file, current, leaves);
        return new CatalogPlan(adds, changes, unchanged[0], leaves);
    }

    private static void leaves(CatalogEntries file, CatalogEntries current, List<Line> leaves) {
        current.phases().stream().filter(p -> phase(file, p.scope(), p.name()).isEmpty())
                .forEach(p -> leaves.add(new Line(partOf(p), p.name(), null, List.of())));
        current.actions().stream().filter(a -> action(file, a.scope(), a.title()).isEmpty())
                .forEach(a -> leaves.add(new Line(partOf(a), a.title(), null, List.of())));
        for (Ledger l : Ledger.values()) {
            current.categories().get(l).stream().filter(n -> !file.categories().get(l).contains(n))
                    .forEach(n -> leaves.add(new Line(Part.CATEGORY, n, l, List.of())));
        }
        current.deadlines().stream().filter(d -> file.deadlines().stream().noneMatch(x -> x.title().equals(d.title())))
                .forEach(d -> leaves.add(new Line(Part.DEADLINE, d.title(), null, List.of())));
    }

    private static void count(List<Line> changes, int[] unchanged, Line line) {
        if (line.diffs().isEmpty()) {
            unchanged[0]++;
        } else {
            changes.add(line);
        }
    }

    private static void diff(List<Diff> diffs, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            diffs.add(new Diff(field, before, after));
        }
    }

    public static Optional<Phase> phase(CatalogEntries in, ActionScope scope, String name) {
        return in.phases().stream().filter(p -> p.scope() == scope && p.name().equals(name)).findFirst();
    }

    public static Optional<RequiredAction> action(CatalogEntries in, ActionScope scope, String title) {
        return in.actions().stream().filter(a -> a.scope() == scope && a.title().equals(title)).findFirst();
    }

    private static Part partOf(Phase p) {
        return p.scope() == ActionScope.UNIT ? Part.PHASE : Part.AREA;
    }

    private static Part partOf(RequiredAction a) {
        return a.scope() == ActionScope.UNIT ? Part.ACTION : Part.ITEM;
    }
}
