package org.guidancedesk.ui.ledger;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerSnapshot;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * 整改台账: every item of both ledgers as table rows, filtered on the JavaFX thread from texts
 * worked out when the data was read (so typing in the search field stays smooth with 20,000
 * items), sorted, optionally grouped by unit with subtotals; the selection, bulk status
 * changes, removal, quick add and saved filters. No scene types: tested without a toolkit.
 */
public final class LedgerViewModel {
    /** What the quick-add dialog holds. */
    public record QuickForm(Long unitId, Ledger ledger, String category, String problem, LedgerNode node,
                            LocalDate due, String leader, String owner) {}

    /** What a read brings: the data and the rows built from it off the JavaFX thread. */
    record Loaded(LedgerSnapshot data, LedgerTexts texts, List<LedgerRow> rows, String groupName,
                  Map<Ledger, List<String>> categories) {
        Loaded(LedgerSnapshot data, LedgerTexts texts, List<LedgerRow> rows, String groupName) {
            this(data, texts, rows, groupName, ledgerCategories(data, texts.i18n()));
        }
    }

    private final UiTasks tasks;
    private final Workspace workspace;
    private final I18n i18n;

    private final ObservableList<LedgerRow> base = FXCollections.observableArrayList();
    /**
     * What the table shows. The base list is kept sorted in place (a sort is a permutation, cheap
     * to pass on), so filtering never re-sorts: a key typed in the search is one pass.
     */
    private final FilteredList<LedgerRow> filtered = new FilteredList<>(base, r -> false);

    private final ObjectProperty<Long> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Ledger> ledger = new SimpleObjectProperty<>();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<RectificationStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LedgerNode> node = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty warningsOnly = new SimpleBooleanProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty grouped = new SimpleBooleanProperty();

    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> savedFilters = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> milestones = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    /** How many items are selected, updated with the selection itself (the footer and the toolbar follow it). */
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper();
    /** Said above the detail pane while several items are selected (""): which one it shows, what acts on all. */
    private final ReadOnlyStringWrapper selectionNote = new ReadOnlyStringWrapper("");
    /** The saved filter the filter bar now equals, or "" (the 已存筛选 button shows its name). */
    private final ReadOnlyStringWrapper activeSaved = new ReadOnlyStringWrapper("");
    /** The saved filter last applied: preferred when several saved filters are the same. */
    private String lastApplied;
    /** The file can only be read: every edit is refused before it is tried (the view disables them). */
    private final boolean readOnly;

    /** The selected items (in table order) and the one the detail pane shows. */
    private final List<Long> selectedIds = new ArrayList<>();
    private final ObjectProperty<LedgerRow> current = new SimpleObjectProperty<>();
    /** An item to scroll to after the next change (a new one, an imported one). */
    private final ObjectProperty<Long> reveal = new SimpleObjectProperty<>();

    /** Items just changed or added stay listed until the filter changes, even when they no longer match. */
    private final Set<Long> keep = new HashSet<>();
    private final Map<Long, LedgerRow> headings = new HashMap<>();
    /** Every item's row by its id (a selection of thousands is looked up without scanning). */
    private final Map<Long, LedgerRow> rowsById = new HashMap<>();
    private Map<Ledger, List<String>> ledgerCategories = Map.of();
    private Comparator<LedgerRow> columnOrder;
    private LedgerSnapshot data;
    private LedgerTexts texts;
    private String groupName = "";
    private boolean suspended;
    private boolean updating;
    private int shown;
    private int overdueShown;

    private final LedgerDetailModel details;

    public LedgerViewModel(UiTasks tasks, Workspace workspace) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.i18n = tasks.i18n();
        this.texts = new LedgerTexts(i18n, LocalDate.now());
        this.readOnly = workspace.readOnly();
        this.details = new LedgerDetailModel(this, tasks, workspace);
        current.addListener(o -> selectionChanged());
        for (javafx.beans.Observable o : List.of(unit, category, status, node, overdueOnly, warningsOnly, text)) {
            o.addListener(x -> filterChanged());
        }
        ledger.addListener(x -> {
            boolean was = suspended;
            suspended = true;
            try {
                refreshCategories();
            } finally {
                suspended = was;
            }
            filterChanged();
        });
        grouped.addListener(x -> {
            updating = true;
            try {
                resort();
                refilterNow();
            } finally {
                updating = false;
            }
            afterChange();
        });
    }

    // --- reading ------------------------------------------------------------------------------------

    /** Re-reads both ledgers; filter, selection and scroll stay. */
    public void reload() {
        tasks.read(this::read, this::show);
    }

    /** Off the JavaFX thread: the snapshot, and every row's texts. */
    Loaded read() {
        LedgerSnapshot s = workspace.ledger().snapshot();
        String name = workspace.groups().group().map(Group::name).orElse("");
        LedgerTexts t = new LedgerTexts(i18n, s.today());
        return new Loaded(s, t, rows(s, t), name);
    }

    static List<LedgerRow> rows(LedgerSnapshot s, LedgerTexts t) {
        Map<Long, Unit> byId = new HashMap<>();
        s.units().forEach(u -> byId.put(u.id(), u));
        Map<Long, List<LedgerWarning>> warnings = s.warnings().stream()
                .collect(Collectors.groupingBy(LedgerWarning::itemId));
        List<LedgerRow> rows = new ArrayList<>(s.items().size());
        for (Rectification r : s.items()) {
            rows.add(LedgerRow.item(r, byId.get(r.unitId()), s.latestProgress().get(r.id()),
                    warnings.getOrDefault(r.id(), List.of()), t, s.today(), s.warnDays()));
        }
        return rows;
    }

    void show(Loaded l) {
        data = l.data();
        texts = l.texts();
        groupName = l.groupName();
        ledgerCategories = l.categories();
        LedgerRow before = current.get();
        int beforeIndex = before == null ? -1 : filtered.indexOf(before);
        suspended = true;
        try {
            if (!units.equals(data.units())) {
                // Replaced only when changed: a ChoiceBox on this list loses its value when its items are replaced.
                units.setAll(data.units());
            }
            if (unit.get() != null && data.units().stream().noneMatch(u -> u.id() == unit.get())) {
                unit.set(null);
            }
            milestones.setAll(data.milestones());
            savedFilters.setAll(data.savedFilters().keySet());
            refreshCategories();
        } finally {
            suspended = false;
        }
        replaceRows(l.rows());
        updateActiveSaved();
        if (before != null) {
            LedgerRow now = current.get();
            if (now != null && now.id() == before.id()) {
                // The same item (after an undo, a save, another section's change): its pane read afresh.
                details.refresh(now);
            } else if (now == null && byId(before.id()) == null) {
                // It is gone (an add undone, a removal elsewhere): another selected item, or its neighbour.
                selectAfterVanished(beforeIndex);
            }
        }
        if (!loaded.get() && current.get() == null) {
            // The first showing selects the first item, so the detail pane has something to show.
            filtered.stream().filter(r -> !r.isHeading()).findFirst().ifPresent(r -> {
                selectedIds.add(r.id());
                current.set(r);
                version.set(version.get() + 1);
            });
        }
        loaded.set(true);
        if (toReveal != null) {
            long id = toReveal;
            toReveal = null;
            selectItem(id);
        }
    }

    /** The shown item vanished: the last other selected item becomes current, else the row now in its place. */
    private void selectAfterVanished(int index) {
        LedgerRow next = selectedIds.isEmpty() ? null : byId(selectedIds.get(selectedIds.size() - 1));
        if (next == null && index >= 0 && !filtered.isEmpty()) {
            int from = Math.min(index, filtered.size() - 1);
            for (int i = from; next == null && i < filtered.size(); i++) {
                next = filtered.get(i).isHeading() ? null : filtered.get(i);
            }
            for (int i = from - 1; next == null && i >= 0; i--) {
                next = filtered.get(i).isHeading() ? null : filtered.get(i);
            }
            if (next != null) {
                selectedIds.clear();
                selectedIds.add(next.id());
            }
        }
        if (next != null) {
            current.set(next);
            version.set(version.get() + 1);
        }
    }

    /** Puts the new rows in; when the same items are listed, only changed rows are replaced (no jump). */
    private void replaceRows(List<LedgerRow> rows) {
        updating = true;
        try {
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < base.size(); i++) {
                LedgerRow r = base.get(i);
                if (!r.isHeading()) {
                    index.put(r.id(), i);
                }
            }
            boolean sameItems = index.size() == rows.size() && rows.stream().allMatch(r -> index.containsKey(r.id()))
                    && headings.size() == data.units().size()
                    && data.units().stream().allMatch(u -> headings.containsKey(u.id()));
            LedgerFilter f = filter();
            if (sameItems) {
                boolean changed = false;
                for (LedgerRow now : rows) {
                    int i = index.get(now.id());
                    if (!now.sameAs(base.get(i))) {
                        now.matched = matches(f, now);
                        base.set(i, now);
                        rowsById.put(now.id(), now);
                        changed = true;
                    }
                }
                if (changed && !isSorted()) {
                    resort();
                }
                updateHeadings();
            } else {
                headings.clear();
                List<LedgerRow> all = new ArrayList<>(rows);
                for (Unit u : data.units()) {
                    LedgerRow h = LedgerRow.heading(u, new LedgerFigures(u.id(), 0, 0, 0, 0, 0, 0), texts);
                    headings.put(u.id(), h);
                    all.add(h);
                }
                all.sort(order());
                rowsById.clear();
                rows.forEach(r -> rowsById.put(r.id(), r));
                base.setAll(all);
                refilterNow();
            }
        } finally {
            updating = false;
        }
        afterChange();
    }

    private boolean isSorted() {
        Comparator<LedgerRow> order = order();
        for (int i = 1; i < base.size(); i++) {
            if (order.compare(base.get(i - 1), base.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Sorts the base list in place: one permutation the filtered list and the table follow. */
    private void resort() {
        FXCollections.sort(base, order());
    }

    // --- filtering ----------------------------------------------------------------------------------

    /** The filter the bar shows. */
    public LedgerFilter filter() {
        return new LedgerFilter(unit.get(), ledger.get(), category.get(), status.get(), node.get(),
                overdueOnly.get(), warningsOnly.get(), text.get());
    }

    /** Sets every criterion at once (a saved filter, 清除筛选), filtering once. */
    public void setFilter(LedgerFilter f) {
        suspended = true;
        try {
            unit.set(f.unitId());
            ledger.set(f.ledger());
            refreshCategories();
            if (f.category() != null && !categories.contains(f.category())) {
                categories.add(f.category()); // a saved filter's category no longer in the list still filters
            }
            category.set(f.category());
            status.set(f.status());
            node.set(f.node());
            overdueOnly.set(f.overdueOnly());
            warningsOnly.set(f.warningsOnly());
            text.set(f.text());
        } finally {
            suspended = false;
        }
        filterChanged();
    }

    public void clearFilter() {
        setFilter(LedgerFilter.ALL);
    }

    private void filterChanged() {
        if (suspended) {
            return;
        }
        updateActiveSaved();
        keep.clear();
        if (data != null) {
            // What the filter hides is no longer selected: a bulk change acts only on what is seen.
            Predicate<LedgerRow> test = matcher(filter());
            selectedIds.removeIf(id -> rowsById.get(id) == null || !test.test(rowsById.get(id)));
            LedgerRow c = current.get();
            if (c != null && !test.test(c)) {
                details.flush();
                current.set(null);
            }
        }
        refilter();
    }

    private void refilter() {
        if (data == null) {
            return;
        }
        updating = true;
        try {
            refilterNow();
        } finally {
            updating = false;
        }
        afterChange();
    }

    /** One pass: each item's verdict, the unit subtotals, then the list's predicate. */
    private void refilterNow() {
        Predicate<LedgerRow> test = matcher(filter());
        for (LedgerRow r : base) {
            if (!r.isHeading()) {
                r.matched = test.test(r);
            }
        }
        updateHeadings();
        boolean group = grouped.get();
        // The live set: items kept after this (a save, an add) stay listed when their rows are replaced.
        filtered.setPredicate(r -> r.isHeading() ? group && r.figures().total() > 0 : r.matched || keep.contains(r.id()));
    }

    private boolean matches(LedgerFilter f, LedgerRow r) {
        return matcher(f).test(r);
    }

    /**
     * The filter as one test per row: the criteria by {@link LedgerFilter#matches}, the words
     * (split once, not once per item) against the row's cached text, as that method does.
     */
    private Predicate<LedgerRow> matcher(LedgerFilter f) {
        if (f.text().isEmpty()) {
            return r -> f.matches(r.item(), r.searchable(), !r.warnings().isEmpty(), data.today());
        }
        LedgerFilter criteria = new LedgerFilter(f.unitId(), f.ledger(), f.category(), f.status(), f.node(),
                f.overdueOnly(), f.warningsOnly(), "");
        String[] words = f.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        LocalDate today = data.today();
        return r -> {
            String text = r.searchable();
            for (String w : words) {
                if (!text.contains(w)) {
                    return false;
                }
            }
            return criteria.matches(r.item(), text, !r.warnings().isEmpty(), today);
        };
    }

    private boolean visible(LedgerRow r) {
        return !r.isHeading() && (r.matched || keep.contains(r.id()));
    }

    /** Counts what is listed and gives each unit's heading the subtotal of its listed items. */
    private void updateHeadings() {
        List<Rectification> listed = new ArrayList<>();
        int overdue = 0;
        for (LedgerRow r : base) {
            if (visible(r)) {
                listed.add(r.item());
                if (r.light() == LedgerRow.Light.OVERDUE) {
                    overdue++;
                }
            }
        }
        shown = listed.size();
        overdueShown = overdue;
        if (grouped.get()) {
            Map<Long, Unit> byId = new HashMap<>();
            data.units().forEach(u -> byId.put(u.id(), u));
            for (LedgerFigures fig : LedgerFigures.perUnit(data.units(), listed, data.today(), Week.of(data.today()))) {
                LedgerRow old = headings.get(fig.unitId());
                if (old != null && !old.figures().equals(fig)) {
                    LedgerRow now = LedgerRow.heading(byId.get(fig.unitId()), fig, texts);
                    headings.put(fig.unitId(), now);
                    base.set(base.lastIndexOf(old), now);
                }
            }
        }
        int total = base.size() - headings.size();
        counts.set(shown == total && !hasFilter()
                ? i18n.tr("ledger.count.all", total, overdueShown)
                : i18n.tr("ledger.count.filtered", total, shown, overdueShown));
    }

    /** Whether any criterion is set (清除筛选 is enabled). */
    public boolean hasFilter() {
        return !filter().isEmpty();
    }

    /** The categories the filter offers: the ledger's own list and any used by its items. */
    private void refreshCategories() {
        Set<String> names = new LinkedHashSet<>();
        List<Ledger> ledgers = ledger.get() == null ? List.of(Ledger.values()) : List.of(ledger.get());
        for (Ledger l : ledgers) {
            names.addAll(categoriesOf(l));
        }
        categories.setAll(names);
        if (category.get() != null && !names.contains(category.get())) {
            category.set(null);
        }
    }

    /** The categories of one ledger: its own list, then others its items use (the detail pane, the quick add). */
    public List<String> categoriesOf(Ledger l) {
        return ledgerCategories.getOrDefault(l, l.defaultCategories());
    }

    /** Worked out once a read (not on every filter change or selection): each ledger's categories. */
    static Map<Ledger, List<String>> ledgerCategories(LedgerSnapshot s, I18n i18n) {
        Map<Ledger, List<String>> result = new java.util.EnumMap<>(Ledger.class);
        Map<Ledger, Set<String>> used = new java.util.EnumMap<>(Ledger.class);
        for (Rectification r : s.items()) {
            if (!r.category().isEmpty()) {
                used.computeIfAbsent(r.ledger(), k -> new HashSet<>()).add(r.category());
            }
        }
        Collator collator = Collator.getInstance(i18n.locale());
        for (Ledger l : Ledger.values()) {
            Set<String> names = new LinkedHashSet<>(s.categories().getOrDefault(l, l.defaultCategories()));
            Set<String> extra = new TreeSet<>(collator);
            extra.addAll(used.getOrDefault(l, Set.of()));
            extra.removeAll(names);
            names.addAll(extra);
            result.put(l, List.copyOf(names));
        }
        return result;
    }

    // --- sorting ------------------------------------------------------------------------------------

    /** The order the table's headers ask for ({@code null}: the default), set by the table's sort policy. */
    public void setColumnOrder(Comparator<LedgerRow> order) {
        // Headings (hidden unless grouping, kept in the base list) never reach a column's order.
        columnOrder = order == null ? null : (a, b) -> a.isHeading() || b.isHeading()
                ? Boolean.compare(b.isHeading(), a.isHeading()) : order.compare(a, b);
        updating = true;
        try {
            resort();
        } finally {
            updating = false;
        }
        afterChange();
    }

    /** Unit order, then the ledger (整治 before 整改, as the enum runs), then the serial. */
    static final Comparator<LedgerRow> DEFAULT_ORDER = (a, b) -> {
        int c = Integer.compare(a.unitOrder(), b.unitOrder());
        if (c == 0) {
            c = Long.compare(a.unitId(), b.unitId());
        }
        if (c != 0 || a.isHeading() || b.isHeading()) {
            return c != 0 ? c : Boolean.compare(b.isHeading(), a.isHeading());
        }
        c = Integer.compare(a.item().ledger().ordinal(), b.item().ledger().ordinal());
        return c != 0 ? c : Integer.compare(a.item().serial(), b.item().serial());
    };

    private Comparator<LedgerRow> order() {
        Comparator<LedgerRow> columns = columnOrder == null ? DEFAULT_ORDER : columnOrder.thenComparing(DEFAULT_ORDER);
        if (!grouped.get()) {
            return columns;
        }
        return (a, b) -> {
            int c = Integer.compare(a.unitOrder(), b.unitOrder());
            if (c == 0) {
                c = Long.compare(a.unitId(), b.unitId());
            }
            if (c == 0) {
                c = Boolean.compare(b.isHeading(), a.isHeading());
            }
            return c != 0 ? c : columns.compare(a, b);
        };
    }

    // --- selection -----------------------------------------------------------------------------------

    /** The table's selection: the selected rows and the one with the focus (the detail pane's). */
    public void select(List<LedgerRow> rows, LedgerRow focused) {
        if (updating) {
            return;
        }
        selectedIds.clear();
        rows.stream().filter(r -> r != null && !r.isHeading()).forEach(r -> selectedIds.add(r.id()));
        LedgerRow next = focused != null && !focused.isHeading() ? focused
                : rows.stream().filter(r -> r != null && !r.isHeading()).reduce((a, b) -> b).orElse(null);
        if (next != current.get()) {
            if (current.get() != null && (next == null || next.id() != current.get().id())) {
                details.flush();
            }
            current.set(next);
        }
        selectionChanged();
    }

    /** The item to select when the next read arrives (opened from 总览), or null. */
    private Long toReveal;

    /** Selects the item once the next read has arrived (the section is being opened on it). */
    public void revealAfterReload(long id) {
        toReveal = id;
    }

    /** Selects one item by its id (after an add, from a warning's link), listing it whatever the filter. */
    public void selectItem(long id) {
        if (byId(id) != null) {
            selectItems(List.of(id));
        }
    }

    /** Keeps the item listed, whatever the filter, until the filter changes (it was just edited). */
    void keepListed(long id) {
        keep.add(id);
    }

    /** The item's row as now listed in the base list, or {@code null}. */
    LedgerRow byId(long id) {
        return rowsById.get(id);
    }

    /** After any change of the rows: the current row is the new object of the same item. */
    private void afterChange() {
        LedgerRow c = current.get();
        if (c != null) {
            LedgerRow now = byId(c.id());
            if (now != c) {
                current.set(now);
            }
        }
        selectedIds.removeIf(id -> byId(id) == null);
        selectionChanged();
        version.set(version.get() + 1);
    }

    /** The count and the detail pane's note follow the selection (and the current item). */
    private void selectionChanged() {
        int n = selectedIds.size();
        selectedCount.set(n);
        LedgerRow c = current.get();
        selectionNote.set(n > 1 && c != null ? i18n.tr("ledger.selection.many", n, c.code()) : "");
    }

    /** The selected items' ids, for the view to select again after a change. */
    public List<Long> selectedIds() {
        return List.copyOf(selectedIds);
    }

    public List<LedgerRow> selectedRows() {
        return selectedIds.stream().map(this::byId).filter(Objects::nonNull).toList();
    }

    // --- bulk ---------------------------------------------------------------------------------------

    /**
     * Sets the status of every selected item, whole or not at all; a refusal names the item.
     *
     * @param on         completion or verification date (已完成 / 已销号)
     * @param verifiedBy who verified (已销号)
     */
    public void setStatus(RectificationStatus s, LocalDate on, String verifiedBy) {
        List<Long> ids = selectedIds();
        if (ids.isEmpty() || refusedReadOnly()) {
            return;
        }
        details.flush();
        message.set("");
        LocalDate date = on == null ? today() : on;
        tasks.write(() -> {
            workspace.ledger().setStatus(ids, s, date, verifiedBy);
            return null;
        }, v -> {
            keep.addAll(ids);
            notice.set(i18n.tr("ledger.bulk.done", ids.size(), texts.status(s)));
            reload();
        }, e -> message.set(Messages.of(i18n, e)));
    }

    /** "删除 2 项：整改-007、整治-002？…" — the codes of the selected items (the first ten). */
    public String removalQuestion() {
        List<LedgerRow> rows = selectedRows();
        if (rows.size() == 1) {
            return i18n.tr("ledger.remove.questionOne", rows.get(0).code());
        }
        String codes = rows.stream().limit(10).map(LedgerRow::code).collect(Collectors.joining(i18n.tr("ledger.listSeparator")));
        if (rows.size() > 10) {
            codes = i18n.tr("ledger.remove.andMore", codes, rows.size() - 10);
        }
        return i18n.tr("ledger.remove.question", rows.size(), codes);
    }

    public void removeSelected() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty() || refusedReadOnly()) {
            return;
        }
        details.flush();
        message.set("");
        tasks.write(() -> {
            workspace.ledger().remove(ids);
            return null;
        }, v -> {
            selectedIds.clear();
            current.set(null);
            selectionChanged();
            notice.set(i18n.tr("ledger.remove.done", ids.size()));
            reload();
        }, e -> message.set(Messages.of(i18n, e)));
    }

    // --- quick add -----------------------------------------------------------------------------------

    /** Defaults from the filter (unit, ledger, category), then the selected item; the nearest milestone. */
    public QuickForm newForm() {
        LedgerRow c = current.get();
        Long unitId = unit.get() != null ? unit.get()
                : c != null ? Long.valueOf(c.unitId()) : units.isEmpty() ? null : units.get(0).id();
        Ledger l = ledger.get() != null ? ledger.get() : c != null ? c.item().ledger() : Ledger.RECTIFY;
        String cat = category.get() != null && categoriesOf(l).contains(category.get()) ? category.get() : "";
        return new QuickForm(unitId, l, cat, "", LedgerNode.DEADLINE, dueFor(LedgerNode.DEADLINE, null), "", "");
    }

    /** The nodes still ahead: a node already passed is not offered as a due date. */
    public java.util.List<LocalDate> upcomingMilestones() {
        return milestones.stream().filter(d -> !d.isBefore(today())).toList();
    }

    /**
     * The due date a node gives a new item: 限期 the next node; 立行立改 the next node if it is
     * within the 30 days the checks allow, else 30 days from today; 长期坚持 none (it has no
     * end). {@code otherwise} when there is no next node.
     */
    public LocalDate dueFor(LedgerNode node, LocalDate otherwise) {
        LocalDate next = upcomingMilestones().stream().findFirst().orElse(null);
        return switch (node) {
            case DEADLINE -> next != null ? next : otherwise;
            case IMMEDIATE -> {
                LocalDate latest = today().plusDays(org.guidancedesk.domain.LedgerChecks.IMMEDIATE_MAX_DAYS);
                yield next != null && !next.isAfter(latest) ? next : latest;
            }
            case LONG_TERM -> null;
        };
    }

    /** The item the form describes; refused on its field when incomplete. */
    Rectification build(QuickForm f) {
        if (f.unitId() == null) {
            throw new ValidationException("rectification.unit", "validation.required");
        }
        return Rectification.builder(f.ledger(), f.unitId(), today()).category(f.category()).problem(f.problem())
                .node(f.node()).due(f.node() == LedgerNode.LONG_TERM ? null : f.due()).leader(f.leader())
                .owner(f.owner()).build();
    }

    /** Adds the item; it is selected, kept listed whatever the filter, and scrolled to. */
    public void add(QuickForm f, Consumer<Rectification> onAdded, Consumer<ValidationException> onInvalid) {
        if (refusedReadOnly()) {
            return;
        }
        Rectification item;
        try {
            item = build(f);
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        details.flush();
        tasks.write(() -> workspace.ledger().add(item), added -> {
            keep.add(added.id());
            notice.set(i18n.tr("ledger.add.done", texts.code(added)));
            onAdded.accept(added);
            tasks.read(this::read, l -> {
                show(l);
                selectItems(List.of(added.id()));
            });
        }, onInvalid);
    }

    // --- import and export ----------------------------------------------------------------------------

    /** A new import (its model starts from the filter's unit and ledger). */
    public ImportModel newImport() {
        return new ImportModel(this, tasks, workspace);
    }

    /** 打印… and 导出 PDF… of what the filter shows, through this printer. */
    public LedgerPrintout printout(org.guidancedesk.ui.weekly.SheetPrinter printer) {
        return new LedgerPrintout(this, tasks, workspace, printer);
    }

    /** After an import: the new items are listed whatever the filter, selected, the first scrolled to. */
    void showImported(List<Rectification> saved) {
        List<Long> ids = saved.stream().map(Rectification::id).toList();
        keep.addAll(ids);
        notice.set(i18n.tr("ledger.import.done", saved.size()));
        tasks.read(this::read, l -> {
            show(l);
            selectItems(ids);
        });
    }

    /** Selects these items (kept listed), the first one current and scrolled to. */
    public void selectItems(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        keep.addAll(ids);
        refilter();
        selectedIds.clear();
        selectedIds.addAll(ids);
        selectionChanged();
        LedgerRow first = byId(ids.get(0));
        if (first != current.get()) {
            details.flush();
            current.set(first);
        }
        reveal.set(ids.get(0));
        version.set(version.get() + 1);
    }

    /**
     * Writes what the filter shows to the file (.xlsx, or .csv by its name), off the JavaFX
     * thread; a file that cannot be written goes to {@code onFailure} with its message.
     */
    public void export(java.nio.file.Path out, Consumer<RuntimeException> onFailure) {
        LedgerFilter f = filter();
        message.set("");
        notice.set(i18n.tr("ledger.export.running", out.getFileName().toString()));
        tasks.read(() -> {
            try {
                return new ImportModel.Outcome<>(workspace.ledgerExport().export(out, f), null);
            } catch (org.guidancedesk.service.LedgerFileException | ValidationException e) {
                return new ImportModel.Outcome<Integer>(null, e);
            }
        }, o -> {
            if (o.error() != null) {
                notice.set("");
                onFailure.accept(o.error());
            } else {
                notice.set(i18n.tr("ledger.export.done", o.value(), out.getFileName().toString()));
            }
        });
    }

    // --- saved filters -------------------------------------------------------------------------------

    public void applySaved(String name) {
        String spec = data == null ? null : data.savedFilters().get(name);
        if (spec != null) {
            lastApplied = name;
            setFilter(LedgerFilter.decode(spec));
        }
    }

    /** The saved filter that the filter bar equals (the one last applied when several do), or "". */
    private void updateActiveSaved() {
        String found = "";
        if (data != null && hasFilter()) {
            LedgerFilter f = filter();
            for (Map.Entry<String, String> e : data.savedFilters().entrySet()) {
                if (f.equals(decodeQuietly(e.getValue())) && (found.isEmpty() || e.getKey().equals(lastApplied))) {
                    found = e.getKey();
                }
            }
        }
        activeSaved.set(found);
    }

    private static LedgerFilter decodeQuietly(String spec) {
        try {
            return LedgerFilter.decode(spec);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Saves the current filter under the name (replacing one of the same name); refused with
     * a message when no criterion is set.
     */
    public void saveFilter(String name, Consumer<ValidationException> onInvalid) {
        if (refusedReadOnly()) {
            return;
        }
        if (!hasFilter()) {
            message.set(i18n.tr("ledger.saved.empty"));
            return;
        }
        LedgerFilter f = filter();
        String trimmed = name == null ? "" : name.strip();
        tasks.write(() -> {
            workspace.ledger().saveFilter(name, f);
            return null;
        }, v -> {
            lastApplied = trimmed;
            reload();
        }, onInvalid);
    }

    public void deleteFilter(String name) {
        if (refusedReadOnly()) {
            return;
        }
        tasks.write(() -> {
            workspace.ledger().deleteFilter(name);
            return null;
        }, v -> reload());
    }

    /** The saved filter's criteria in words, for its tooltip. */
    public String describe(String name) {
        String spec = data == null ? null : data.savedFilters().get(name);
        return spec == null ? "" : describe(LedgerFilter.decode(spec));
    }

    String describe(LedgerFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.unitId() != null) {
            units.stream().filter(u -> u.id() == f.unitId()).findFirst().ifPresent(u -> parts.add(u.name()));
        }
        if (f.ledger() != null) parts.add(texts.ledger(f.ledger()));
        if (f.category() != null) parts.add(f.category());
        if (f.status() != null) parts.add(texts.status(f.status()));
        if (f.node() != null) parts.add(texts.node(f.node()));
        if (f.overdueOnly()) parts.add(i18n.tr("ledger.filter.overdueOnly"));
        if (f.warningsOnly()) parts.add(i18n.tr("ledger.filter.warningsOnly"));
        if (!f.text().isEmpty()) parts.add("“" + f.text() + "”");
        return parts.isEmpty() ? i18n.tr("ledger.filter.nothing") : String.join(" · ", parts);
    }

    // --- access -------------------------------------------------------------------------------------

    /** Whether the file can only be read: the view disables every edit, and the model refuses them. */
    public boolean readOnly() {
        return readOnly;
    }

    /** On a read-only file: says so (the footer) and returns true, so that nothing is tried. */
    boolean refusedReadOnly() {
        if (readOnly) {
            message.set(i18n.tr("ledger.readOnly"));
        }
        return readOnly;
    }

    LocalDate today() {
        return data == null ? LocalDate.now() : data.today();
    }

    LedgerSnapshot data() {
        return data;
    }

    public LedgerTexts texts() {
        return texts;
    }

    String groupName() {
        return groupName;
    }

    I18n i18n() {
        return i18n;
    }

    /** The rows the table shows, filtered and sorted. */
    public ObservableList<LedgerRow> rows() { return filtered; }

    /** How many items the file holds (headings aside). */
    public int total() { return base.size() - headings.size(); }

    /** How many items the filter lets through. */
    public int shown() { return shown; }

    public LedgerDetailModel details() { return details; }

    public ObjectProperty<Long> unitProperty() { return unit; }

    public ObjectProperty<Ledger> ledgerProperty() { return ledger; }

    public ObjectProperty<String> categoryProperty() { return category; }

    public ObjectProperty<RectificationStatus> statusProperty() { return status; }

    public ObjectProperty<LedgerNode> nodeProperty() { return node; }

    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }

    public BooleanProperty warningsOnlyProperty() { return warningsOnly; }

    public StringProperty textProperty() { return text; }

    public BooleanProperty groupedProperty() { return grouped; }

    public ObservableList<Unit> units() { return units; }

    public ObservableList<String> categories() { return categories; }

    public ObservableList<String> savedFilters() { return savedFilters; }

    public ObservableList<LocalDate> milestones() { return milestones; }

    /** 共 32 项 · 筛选后 12 项 · 逾期 3 项 */
    public ReadOnlyStringProperty countsProperty() { return counts.getReadOnlyProperty(); }

    /** The last refusal (a bulk change, a removal), or "". */
    public StringProperty messageProperty() { return message; }

    /** What the last action did ("已将 3 项标记为已完成"), or "". */
    public StringProperty noticeProperty() { return notice; }

    /** Moves after every change of the rows: the view selects the selected ids again. */
    public IntegerProperty versionProperty() { return version; }

    /** The item the detail pane shows. */
    public ObjectProperty<LedgerRow> currentProperty() { return current; }

    /** An item the table should scroll to (set, then the version moves). */
    public ObjectProperty<Long> revealProperty() { return reveal; }

    public BooleanProperty loadedProperty() { return loaded; }

    /** How many items are selected. */
    public ReadOnlyIntegerProperty selectedCountProperty() { return selectedCount.getReadOnlyProperty(); }

    /** "已选 4 项：下面显示的是 整改-007；…" while several are selected, else "". */
    public ReadOnlyStringProperty selectionNoteProperty() { return selectionNote.getReadOnlyProperty(); }

    /** The name of the saved filter the bar equals, or "". */
    public ReadOnlyStringProperty activeSavedProperty() { return activeSaved.getReadOnlyProperty(); }

    boolean isUpdating() { return updating; }
}
