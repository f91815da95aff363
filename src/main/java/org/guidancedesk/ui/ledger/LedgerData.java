package org.guidancedesk.ui.ledger;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.LedgerSnapshot;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;

/**
 * The ledger as the screen has it: every item's row (texts worked out once), the units, each
 * ledger's categories, the 三个节点, the saved filters and today. Replaced whole by a read
 * (the first showing, undo, coming back to the section) and changed in place by a write's
 * patch; each time its listeners hear one {@link Change}. Read-only to everyone else.
 */
public final class LedgerData {
    /** What a read brings, built off the JavaFX thread. */
    record Loaded(LedgerSnapshot snapshot, LedgerTexts texts, List<LedgerRow> rows, String groupName,
                  Map<Ledger, List<String>> categories, String approver) {
        Loaded(LedgerSnapshot snapshot, LedgerTexts texts, List<LedgerRow> rows, String groupName,
               Map<Ledger, List<String>> categories) {
            this(snapshot, texts, rows, groupName, categories, "");
        }
    }

    /** What changed: everything ({@code whole}), or these items' rows. */
    public record Change(boolean whole, Set<Long> changed, Set<Long> added, Set<Long> removed) {
        static final Change WHOLE = new Change(true, Set.of(), Set.of(), Set.of());

        boolean touches(long id) {
            return whole || changed.contains(id) || added.contains(id) || removed.contains(id);
        }
    }

    private final Workspace workspace;
    private final I18n i18n;
    private final Supplier<LedgerSnapshot> reader;
    private final List<Consumer<Change>> listeners = new ArrayList<>();

    private LedgerSnapshot snapshot;
    private LedgerTexts texts;
    private String groupName = "";
    private String approver = "";
    private final Map<Long, LedgerRow> rows = new LinkedHashMap<>();
    private final Map<Long, Unit> units = new HashMap<>();
    private Map<Ledger, List<String>> categories = Map.of();

    LedgerData(Workspace workspace, I18n i18n) {
        this(workspace, i18n, () -> workspace.ledger().snapshot());
    }

    /** @param reader the whole ledger in one read (tests count how often it is asked) */
    LedgerData(Workspace workspace, I18n i18n, Supplier<LedgerSnapshot> reader) {
        this.workspace = workspace;
        this.i18n = i18n;
        this.reader = reader;
        this.texts = new LedgerTexts(i18n, workspace.ledger().today());
    }

    /** Hears every change, in the order the listeners were added (the list before the selection). */
    void listen(Consumer<Change> listener) {
        listeners.add(listener);
    }

    // --- reading ------------------------------------------------------------------------------------------

    /** On the database thread: the whole ledger and every row's texts. */
    Loaded load() {
        LedgerSnapshot s = reader.get();
        String name = workspace.groups().group().map(Group::name).orElse("");
        LedgerTexts t = new LedgerTexts(i18n, s.today());
        return new Loaded(s, t, rows(s, t), name, categories(s.categories(), s.items(), i18n), leader());
    }

    /** "组长 王建国": who approves a 延期 unless the user says otherwise ("" without a 组长). */
    private String leader() {
        return workspace.groups().members().stream().filter(m -> m.role() == MemberRole.LEADER).findFirst()
                .map(m -> i18n.tr("ledger.extend.approverOf", i18n.tr("role", MemberRole.LEADER), m.name()))
                .orElse("");
    }

    static List<LedgerRow> rows(LedgerSnapshot s, LedgerTexts t) {
        Map<Long, Unit> byId = new HashMap<>();
        s.units().forEach(u -> byId.put(u.id(), u));
        Map<Long, List<LedgerWarning>> warnings = byItem(s.warnings());
        List<LedgerRow> rows = new ArrayList<>(s.items().size());
        for (Rectification r : s.items()) {
            rows.add(LedgerRow.item(r, byId.get(r.unitId()), s.latestProgress().get(r.id()),
                    warnings.getOrDefault(r.id(), List.of()), t, s.today(), s.warnDays()));
        }
        return rows;
    }

    private static Map<Long, List<LedgerWarning>> byItem(List<LedgerWarning> warnings) {
        return warnings.stream().collect(Collectors.groupingBy(LedgerWarning::itemId));
    }

    /** On the JavaFX thread: everything replaced by what was read. */
    void show(Loaded l) {
        snapshot = l.snapshot();
        texts = l.texts();
        groupName = l.groupName();
        approver = l.approver();
        categories = l.categories();
        units.clear();
        snapshot.units().forEach(u -> units.put(u.id(), u));
        rows.clear();
        l.rows().forEach(r -> rows.put(r.id(), r));
        fire(Change.WHOLE);
    }

    /**
     * On the JavaFX thread: a write's patch applied to the rows it touches — the items saved,
     * those removed, and those of the units checked again whose warnings changed.
     */
    Change apply(LedgerPatch p) {
        if (snapshot == null) {
            return new Change(false, Set.of(), Set.of(), Set.of());
        }
        Set<Long> removed = new HashSet<>();
        for (long id : p.removed()) {
            if (rows.remove(id) != null) {
                removed.add(id);
            }
        }
        Map<Long, List<LedgerWarning>> warnings = byItem(p.warnings());
        Set<Long> added = new HashSet<>();
        Set<Long> changed = new HashSet<>();
        boolean newCategory = false;
        for (Rectification r : p.saved()) {
            LedgerRow before = rows.get(r.id());
            List<LedgerWarning> kept = p.units().contains(r.unitId()) || before == null
                    ? warnings.getOrDefault(r.id(), List.of()) : before.warnings();
            LedgerRow now = row(r, p.latest().get(r.id()), kept);
            rows.put(r.id(), now);
            (before == null ? added : changed).add(r.id());
            newCategory |= !r.category().isEmpty() && !categoriesOf(r.ledger()).contains(r.category());
        }
        for (LedgerRow r : List.copyOf(rows.values())) {
            List<LedgerWarning> now = warnings.getOrDefault(r.id(), List.of());
            if (p.units().contains(r.unitId()) && !added.contains(r.id()) && !changed.contains(r.id())
                    && !now.equals(r.warnings())) {
                rows.put(r.id(), row(r.item(), r.latest(), now));
                changed.add(r.id());
            }
        }
        if (newCategory) {
            categories = categories(snapshot.categories(), items(), i18n);
        }
        Change c = new Change(false, changed, added, removed);
        fire(c);
        return c;
    }

    private LedgerRow row(Rectification r, org.guidancedesk.domain.ProgressNote latest, List<LedgerWarning> warnings) {
        return LedgerRow.item(r, units.get(r.unitId()), latest, warnings, texts, snapshot.today(), snapshot.warnDays());
    }

    private void fire(Change c) {
        listeners.forEach(l -> l.accept(c));
    }

    /** Worked out once a read (and when a save brings a new category): each ledger's own list, then the others its items use. */
    static Map<Ledger, List<String>> categories(Map<Ledger, List<String>> stored, Collection<Rectification> items,
                                                I18n i18n) {
        Map<Ledger, List<String>> result = new EnumMap<>(Ledger.class);
        Map<Ledger, Set<String>> used = new EnumMap<>(Ledger.class);
        for (Rectification r : items) {
            if (!r.category().isEmpty()) {
                used.computeIfAbsent(r.ledger(), k -> new HashSet<>()).add(r.category());
            }
        }
        Collator collator = Collator.getInstance(i18n.locale());
        for (Ledger l : Ledger.values()) {
            Set<String> names = new LinkedHashSet<>(stored.getOrDefault(l, l.defaultCategories()));
            Set<String> extra = new TreeSet<>(collator);
            extra.addAll(used.getOrDefault(l, Set.of()));
            extra.removeAll(names);
            names.addAll(extra);
            result.put(l, List.copyOf(names));
        }
        return result;
    }

    // --- access -----------------------------------------------------------------------------------------

    /** Whether a read has arrived. */
    boolean isLoaded() {
        return snapshot != null;
    }

    /** The item's row, or {@code null}. */
    LedgerRow row(long id) {
        return rows.get(id);
    }

    /** Every item's row, in the order read (new items last). */
    Collection<LedgerRow> rows() {
        return rows.values();
    }

    List<Rectification> items() {
        return rows.values().stream().map(LedgerRow::item).toList();
    }

    /** The items of one unit (the detail pane works out which warnings were dismissed). */
    List<Rectification> itemsOf(long unitId) {
        return rows.values().stream().filter(r -> r.unitId() == unitId).map(LedgerRow::item).toList();
    }

    /** The units in their order. */
    List<Unit> units() {
        return snapshot == null ? List.of() : snapshot.units();
    }

    LocalDate today() {
        return snapshot == null ? workspace.ledger().today() : snapshot.today();
    }

    List<LocalDate> milestones() {
        return snapshot == null ? List.of() : snapshot.milestones();
    }

    /** Name → the filter's encoded text, in the order saved. */
    Map<String, String> savedFilters() {
        return snapshot == null ? Map.of() : snapshot.savedFilters();
    }

    /** The categories of one ledger: its own list, then others its items use. */
    List<String> categoriesOf(Ledger l) {
        return categories.getOrDefault(l, l.defaultCategories());
    }

    LedgerTexts texts() {
        return texts;
    }

    String groupName() {
        return groupName;
    }

    /** The group's 组长 as a 延期's approver ("组长 王建国"), or "". */
    String approver() {
        return approver;
    }

    I18n i18n() {
        return i18n;
    }
}
