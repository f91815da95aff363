package org.guidancedesk.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a campaign's documents fix for a guidance group, ready to create a group from: the
 * phases of the units' required actions and the areas of the group's own work items, the
 * actions (★ where the group must attend, due windows relative to the start where the
 * documents fix them), the ledgers' categories, the 三个节点, the usual reporting deadlines and
 * the kinds of document the group reviews. Each entry names its {@code source}: the seed text
 * it is drawn from ({@code 000} … {@code 004}), {@code issue17} for the issue's own words,
 * {@code domain} for the domain notes, {@code ext} for what no seed says (named in the template's
 * comments); several joined by "+". An entry of one {@code batch} (第一批 / 第二批) applies to that batch only; "" to all.
 */
public record CampaignTemplate(String code, String name, String campaign, List<Batch> batches, List<PhaseEntry> phases,
                               List<ActionEntry> actions, List<CategoryEntry> categories, List<NodeEntry> nodes,
                               List<DeadlineEntry> deadlines, List<ReviewEntry> reviews, String recipient,
                               List<KindEntry> unitKinds) {

    public record Batch(String code, String name, String source) {}

    public record PhaseEntry(ActionScope scope, String code, String name, String source) {}

    /**
     * A required action (scope UNIT) or a work item of the group (GROUP) under the phase or area
     * {@code phase}; a work item may name the duty whose member looks after it (the first member
     * with it, when the group is created) and repeat.
     */
    public record ActionEntry(ActionScope scope, String phase, boolean mustAttend, String batch, DayRule from,
                              DayRule to, String title, String source, Duty owner, ItemRepeat repeat) {
        public ActionEntry {
            if (scope == ActionScope.UNIT && (owner != null || repeat != null)) {
                throw new IllegalArgumentException("a unit's action has no owner and does not repeat: " + title);
            }
        }

        /** Without owner, done once. */
        public ActionEntry(ActionScope scope, String phase, boolean mustAttend, String batch, DayRule from,
                           DayRule to, String title, String source) {
            this(scope, phase, mustAttend, batch, from, to, title, source, null, null);
        }
    }

    public record CategoryEntry(Ledger ledger, String name, String source) {}

    /** One of the 三个节点, in order. */
    public record NodeEntry(String batch, DayRule day, String source) {}

    /** A deadline due once on {@code once}, or every week on {@code weekly} from the start. */
    public record DeadlineEntry(String batch, DayRule once, DayOfWeek weekly, LocalTime time, String title, String note,
                                String source) {}

    public record ReviewEntry(String name, List<String> criteria, String source) {}

    /** An action of the units ({@code title}) added for units of {@code kind}, or 不适用 to them. */
    public record KindEntry(UnitKind kind, UnitKindRule.Rule rule, String title, String source) {}

    /** The sources an entry may name. */
    public static final Set<String> SOURCES = Set.of("000", "001", "002", "003", "004", "issue17", "domain", "ext");

    public CampaignTemplate {
        batches = List.copyOf(batches);
        phases = List.copyOf(phases);
        actions = List.copyOf(actions);
        categories = List.copyOf(categories);
        nodes = List.copyOf(nodes);
        deadlines = List.copyOf(deadlines);
        reviews = List.copyOf(reviews);
        recipient = recipient == null || recipient.isBlank() ? Deadline.DEFAULT_RECIPIENT : recipient.strip();
        unitKinds = List.copyOf(unitKinds);
        check(code, batches, phases, actions, categories, deadlines, reviews);
        checkKinds(code, actions, unitKinds);
    }

    /** What no template may hold: a phase twice, an action under no phase of its scope, a title twice, an unknown batch. */
    private static void check(String code, List<Batch> batches, List<PhaseEntry> phases, List<ActionEntry> actions,
                              List<CategoryEntry> categories, List<DeadlineEntry> deadlines, List<ReviewEntry> reviews) {
        Set<String> batchCodes = new HashSet<>();
        batches.forEach(b -> unique(batchCodes, b.code(), code, "batch"));
        Set<String> phaseCodes = new HashSet<>();
        Set<String> phaseNames = new HashSet<>();
        for (PhaseEntry p : phases) {
            unique(phaseCodes, p.scope() + p.code(), code, "phase code");
            unique(phaseNames, p.scope() + p.name(), code, "phase name");
        }
        Set<String> titles = new HashSet<>();
        for (ActionEntry a : actions) {
            if (!phaseCodes.contains(a.scope() + a.phase())) {
                throw new IllegalArgumentException(code + ": " + a.title() + " is under no phase " + a.phase());
            }
            knownBatch(batchCodes, a.batch(), code);
            unique(titles, a.scope() + a.batch() + a.title(), code, "title");
        }
        Set<String> names = new HashSet<>();
        categories.forEach(c -> unique(names, c.ledger() + c.name(), code, "category"));
        deadlines.forEach(d -> knownBatch(batchCodes, d.batch(), code));
        Set<String> kinds = new HashSet<>();
        reviews.forEach(r -> unique(kinds, r.name(), code, "review kind"));
    }

    /** A unit-kind entry names an action of the units, once per kind. */
    private static void checkKinds(String code, List<ActionEntry> actions, List<KindEntry> unitKinds) {
        Set<String> seen = new HashSet<>();
        for (KindEntry k : unitKinds) {
            if (actions.stream().noneMatch(a -> a.scope() == ActionScope.UNIT && a.title().equals(k.title()))) {
                throw new IllegalArgumentException(code + ": " + k.kind() + " names no action of the units: " + k.title());
            }
            unique(seen, k.kind() + k.title(), code, "unit kind entry");
        }
    }

    private static void unique(Set<String> seen, String key, String code, String what) {
        if (!seen.add(key)) {
            throw new IllegalArgumentException(code + ": " + what + " twice: " + key);
        }
    }

    private static void knownBatch(Set<String> batchCodes, String batch, String code) {
        if (!batch.isEmpty() && !batchCodes.contains(batch)) {
            throw new IllegalArgumentException(code + ": no batch " + batch);
        }
    }

    /**
     * The template as one batch sees it: the entries of that batch and of every batch. A
     * template without batches takes "" (or null).
     *
     * @throws IllegalArgumentException for a batch the template does not have
     */
    public CampaignTemplate forBatch(String batch) {
        String b = batch == null ? "" : batch;
        if (b.isEmpty() ? !batches.isEmpty() : batches.stream().noneMatch(x -> x.code().equals(b))) {
            throw new IllegalArgumentException(code + " has no batch '" + b + "'; it has " + batches);
        }
        Predicate<String> in = e -> e.isEmpty() || e.equals(b);
        return new CampaignTemplate(code, name, campaign, batches.stream().filter(x -> x.code().equals(b)).toList(),
                phases, actions.stream().filter(a -> in.test(a.batch())).toList(), categories,
                nodes.stream().filter(n -> in.test(n.batch())).toList(),
                deadlines.stream().filter(d -> in.test(d.batch())).toList(), reviews, recipient,
                unitKinds.stream().filter(k -> actions.stream().anyMatch(a -> in.test(a.batch())
                        && a.scope() == ActionScope.UNIT && a.title().equals(k.title()))).toList());
    }

    /**
     * Without the dated parts (due windows, 三个节点, reporting deadlines) and the additions by kind
     * of unit: the catalogue a group starts with when no template was chosen, as every group did
     * before templates.
     */
    public CampaignTemplate catalogueOnly() {
        CampaignTemplate plain = withoutUnitKinds();
        List<ActionEntry> undated = plain.actions.stream().map(a -> new ActionEntry(a.scope(), a.phase(),
                a.mustAttend(), a.batch(), null, null, a.title(), a.source(), a.owner(), a.repeat())).toList();
        return new CampaignTemplate(code, name, campaign, batches, phases, undated, categories, List.of(), List.of(),
                reviews, recipient, List.of());
    }

    /** Without the additions by kind of unit: the actions they add and their rules gone, the rest as it is. */
    public CampaignTemplate withoutUnitKinds() {
        Set<String> added = new HashSet<>();
        unitKinds.stream().filter(k -> k.rule() == UnitKindRule.Rule.ADD).forEach(k -> added.add(k.title()));
        return new CampaignTemplate(code, name, campaign, batches, phases, actions.stream()
                .filter(a -> a.scope() != ActionScope.UNIT || !added.contains(a.title())).toList(), categories, nodes,
                deadlines, reviews, recipient, List.of());
    }

    /** The entries listed under a phase or area, in order. */
    public List<ActionEntry> actionsIn(ActionScope scope, String phaseCode) {
        List<ActionEntry> in = new ArrayList<>();
        for (ActionEntry a : actions) {
            if (a.scope() == scope && a.phase().equals(phaseCode)) {
                in.add(a);
            }
        }
        return in;
    }

    /** Every source the entries name, several joined by "+" split apart (each should be one of {@link #SOURCES}). */
    public Set<String> sourcesNamed() {
        Set<String> joined = new HashSet<>();
        Set<String> s = joined;
        batches.forEach(x -> s.add(x.source()));
        phases.forEach(x -> s.add(x.source()));
        actions.forEach(x -> s.add(x.source()));
        categories.forEach(x -> s.add(x.source()));
        nodes.forEach(x -> s.add(x.source()));
        deadlines.forEach(x -> s.add(x.source()));
        reviews.forEach(x -> s.add(x.source()));
        unitKinds.forEach(x -> s.add(x.source()));
        Set<String> each = new HashSet<>();
        joined.forEach(j -> each.addAll(List.of(j.split("\\+"))));
        return each;
    }

    @Override
    public String toString() {
        return "CampaignTemplate[" + code + " " + name + "]";
    }
}
