package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing a catalogue file into a group does, said before anything is written: the
 * entries it adds, those it changes (field by field, old → new), how many it finds unchanged,
 * and the group's entries the file does not list, which it leaves as they are. An entry is the
 * same when its name is (a phase within its scope, an action or work item within its scope by
 * title, a category within its ledger, a deadline by title, a review kind by name, a rule by kind
 * of unit by its action's title and its kind, a node by its place), so a name the group gave an entry
 * of its own stays; nothing is ever deleted by the plan.
 */
public record CatalogPlan(List<Line> adds, List<Line> changes, int unchanged, List<Line> leaves) {
    /** Which part of the catalogue an entry is. */
    public enum Part { PHASE, AREA, ACTION, ITEM, CATEGORY, DEADLINE, NODE, REVIEW_KIND, KIND_RULE }

    /** A field that changes: its name ({@code phase}, {@code mustAttend}, {@code dueFrom} …), old and new. */
    public record Diff(String field, Object before, Object after) {}

    /**
     * One entry: its part, its name (for a category, the ledger's too; for a rule by kind of unit,
     * the action's title and the kind; for a node, its place, 1 to 3) and, for a change, what
     * changes; an added node or rule carries its date or rule as a diff from nothing.
     */
    public record Line(Part part, String name, Ledger ledger, UnitKind kind, List<Diff> diffs) {
        public Line {
            diffs = List.copyOf(diffs);
        }

        public Line(Part part, String name, Ledger ledger, List<Diff> diffs) {
            this(part, name, ledger, null, diffs);
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
            if (a.repeat() != null) {
                diff(diffs, "repeat", was.repeat(), a.repeat());
            }
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
        nodes(file, current, adds, changes, leaves, unchanged);
        for (ReviewKind k : file.reviewKinds()) {
            Optional<ReviewKind> same = current.reviewKinds().stream().filter(x -> x.name().equals(k.name())).findFirst();
            if (same.isEmpty()) {
                adds.add(new Line(Part.REVIEW_KIND, k.name(), null, List.of()));
                continue;
            }
            List<Diff> diffs = new ArrayList<>();
            diff(diffs, "criteria", same.get().criteria(), k.criteria());
            count(changes, unchanged, new Line(Part.REVIEW_KIND, k.name(), null, diffs));
        }
        for (CatalogEntries.KindRule r : file.kindRules()) {
            Optional<CatalogEntries.KindRule> same = rule(current, r.title(), r.kind());
            if (same.isEmpty()) {
                adds.add(new Line(Part.KIND_RULE, r.title(), null, r.kind(), List.of(new Diff("kindRule", null, r.rule()))));
                continue;
            }
            List<Diff> diffs = new ArrayList<>();
            diff(diffs, "kindRule", same.get().rule(), r.rule());
            count(changes, unchanged, new Line(Part.KIND_RULE, r.title(), null, r.kind(), diffs));
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
        current.reviewKinds().stream().filter(k -> file.reviewKinds().stream().noneMatch(x -> x.name().equals(k.name())))
                .forEach(k -> leaves.add(new Line(Part.REVIEW_KIND, k.name(), null, List.of())));
        current.kindRules().stream().filter(r -> rule(file, r.title(), r.kind()).isEmpty())
                .forEach(r -> leaves.add(new Line(Part.KIND_RULE, r.title(), null, r.kind(), List.of())));
    }

    /**
     * The 三个节点 by place, earliest first: a place the group has no date for is added, one with
     * another date changed, the group's places past the file's left.
     */
    private static void nodes(CatalogEntries file, CatalogEntries current, List<Line> adds, List<Line> changes,
                              List<Line> leaves, int[] unchanged) {
        for (int i = 0; i < file.nodes().size(); i++) {
            LocalDate day = file.nodes().get(i);
            String place = String.valueOf(i + 1);
            if (i >= current.nodes().size()) {
                adds.add(new Line(Part.NODE, place, null, List.of(new Diff("date", null, day))));
            } else {
                List<Diff> diffs = new ArrayList<>();
                diff(diffs, "date", current.nodes().get(i), day);
                count(changes, unchanged, new Line(Part.NODE, place, null, diffs));
            }
        }
        for (int i = file.nodes().size(); i < current.nodes().size(); i++) {
            leaves.add(new Line(Part.NODE, String.valueOf(i + 1), null, List.of()));
        }
    }

    /**
     * The 三个节点 after the import: the file's date at each of its places, the group's at the
     * others (earliest first; two on one day are one node).
     */
    public static List<LocalDate> nodesAfter(CatalogEntries file, CatalogEntries current) {
        List<LocalDate> nodes = new ArrayList<>(current.nodes());
        for (int i = 0; i < file.nodes().size(); i++) {
            if (i < nodes.size()) {
                nodes.set(i, file.nodes().get(i));
            } else {
                nodes.add(file.nodes().get(i));
            }
        }
        return nodes.stream().distinct().sorted().toList();
    }

    public static Optional<CatalogEntries.KindRule> rule(CatalogEntries in, String title, UnitKind kind) {
        return in.kindRules().stream().filter(r -> r.title().equals(title) && r.kind() == kind).findFirst();
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
