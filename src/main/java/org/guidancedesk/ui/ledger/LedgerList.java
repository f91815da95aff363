package org.guidancedesk.ui.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.Week;

/**
 * What the table lists: the rows the criteria let through — and those just edited or added,
 * kept until the filter changes — in the order the headers ask for, optionally under each
 * unit's heading with the subtotal of its listed items; and the counts under the table. A
 * patch replaces, inserts or removes only the rows it touches.
 */
public final class LedgerList {
    private static List<org.guidancedesk.domain.LedgerState> states(List<Rectification> items) {
        return items.stream().map(Rectification::state).toList();
    }

    private final LedgerData data;
    private final LedgerCriteria criteria;

    private final ObservableList<LedgerRow> base = FXCollections.observableArrayList();
    /**
     * What the table shows. The base list is kept sorted in place (a sort is a permutation, cheap
     * to pass on), so filtering never re-sorts: a key typed in the search is one pass.
     */
    private final FilteredList<LedgerRow> filtered = new FilteredList<>(base, r -> false);
    private final BooleanProperty grouped = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    /** Each item's row as now in the base list. */
    private final Map<Long, LedgerRow> listedRows = new HashMap<>();
    private final Map<Long, LedgerRow> headings = new HashMap<>();
    /** Items just changed or added stay listed until the filter changes, even when they no longer match. */
    private final Set<Long> keep = new HashSet<>();
    /** Where the items the last change removed stood in the table (the selection moves to a neighbour). */
    private final Map<Long, Integer> formerIndex = new HashMap<>();
    private Comparator<LedgerRow> columnOrder;
    private Predicate<LedgerRow> test = r -> true;
    private int shown;
    /** Told after the rows were sorted or grouped anew (the table's selection is put back). */
    private final List<Runnable> reordered = new ArrayList<>();

    LedgerList(LedgerData data, LedgerCriteria criteria) {
        this.data = data;
        this.criteria = criteria;
        data.listen(this::apply);
        criteria.listen(this::refilter);
        grouped.addListener(x -> {
            resort();
            refilterNow();
            reordered.forEach(Runnable::run);
        });
    }

    void onReordered(Runnable r) {
        reordered.add(r);
    }

    // --- following the data ---------------------------------------------------------------------------------

    private void apply(LedgerData.Change c) {
        formerIndex.clear();
        if (c.whole()) {
            replaceAll();
            return;
        }
        for (long id : c.removed()) {
            LedgerRow old = listedRows.remove(id);
            if (old != null) {
                formerIndex.put(id, filtered.indexOf(old));
                base.remove(old);
                keep.remove(id);
            }
        }
        Comparator<LedgerRow> order = order();
        for (long id : c.changed()) {
            LedgerRow now = data.row(id);
            LedgerRow old = listedRows.put(id, now);
            now.matched = test.test(now);
            int i = old == null ? -1 : indexOf(old, order);
            if (i >= 0 && inPlace(i, now, order)) {
                base.set(i, now);
            } else {
                if (i >= 0) {
                    base.remove(i);
                }
                insert(now, order);
            }
        }
        for (long id : c.added()) {
            LedgerRow now = data.row(id);
            listedRows.put(id, now);
            now.matched = test.test(now);
            keep.add(id);
            insert(now, order);
        }
        updateHeadings();
    }

    /** Where the row stands: found by the order (a binary search), else by a scan. */
    private int indexOf(LedgerRow row, Comparator<LedgerRow> order) {
        int i = Collections.binarySearch(base, row, order);
        return i >= 0 && base.get(i) == row ? i : base.indexOf(row);
    }

    /** Whether the new row keeps its place between its neighbours. */
    private boolean inPlace(int i, LedgerRow now, Comparator<LedgerRow> order) {
        return (i == 0 || order.compare(base.get(i - 1), now) <= 0)
                && (i == base.size() - 1 || order.compare(now, base.get(i + 1)) <= 0);
    }

    private void insert(LedgerRow row, Comparator<LedgerRow> order) {
        int i = Collections.binarySearch(base, row, order);
        base.add(i >= 0 ? i : -i - 1, row);
    }

    /** After a read: when the same items are listed, only changed rows are replaced (no jump); else all anew. */
    private void replaceAll() {
        List<LedgerRow> rows = new ArrayList<>(data.rows());
        List<Unit> units = data.units();
        boolean sameItems = listedRows.size() == rows.size() && rows.stream().allMatch(r -> listedRows.containsKey(r.id()))
                && headings.size() == units.size() && units.stream().allMatch(u -> headings.containsKey(u.id()));
        test = matcher(criteria.filter());
        if (sameItems) {
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < base.size(); i++) {
                if (!base.get(i).isHeading()) {
                    index.put(base.get(i).id(), i);
                }
            }
            boolean changed = false;
            for (LedgerRow now : rows) {
                int i = index.get(now.id());
                if (!now.sameAs(base.get(i))) {
                    now.matched = test.test(now);
                    base.set(i, now);
                    changed = true;
                }
                listedRows.put(now.id(), base.get(i));
            }
            if (changed && !isSorted()) {
                resort();
            }
            updateHeadings();
            return;
        }
        Map<Long, LedgerRow> now = new HashMap<>();
        rows.forEach(r -> now.put(r.id(), r));
        for (int i = 0; i < filtered.size(); i++) {
            LedgerRow r = filtered.get(i);
            if (!r.isHeading() && !now.containsKey(r.id())) {
                formerIndex.put(r.id(), i);
            }
        }
        headings.clear();
        listedRows.clear();
        List<LedgerRow> all = new ArrayList<>(rows);
        rows.forEach(r -> listedRows.put(r.id(), r));
        for (Unit u : units) {
            LedgerRow h = LedgerRow.heading(u, new LedgerFigures(u.id(), 0, 0, 0, 0, 0, 0), data.texts());
            headings.put(u.id(), h);
            all.add(h);
        }
        all.sort(order());
        base.setAll(all);
        refilterNow();
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

    // --- filtering --------------------------------------------------------------------------------------------

    /** The filter changed: the items kept after edits go back to being filtered. */
    private void refilter() {
        keep.clear();
        refilterNow();
    }

    /** One pass: each item's verdict, the unit subtotals, then the list's predicate. */
    private void refilterNow() {
        if (!data.isLoaded()) {
            return;
        }
        test = matcher(criteria.filter());
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

    /** Whether the item's row is listed (it matches the filter, or was just edited). */
    boolean isListed(long id) {
        LedgerRow r = listedRows.get(id);
        return r != null && (r.matched || keep.contains(id));
    }

    /** Whether the filter lets the row through (edits kept aside). */
    boolean matches(LedgerRow r) {
        return test.test(r);
    }

    /** Keeps the items listed, whatever the filter, until the filter changes (they were just edited). */
    void keep(java.util.Collection<Long> ids) {
        boolean hidden = ids.stream().anyMatch(id -> !isListed(id));
        keep.addAll(ids);
        if (hidden) {
            refilterNow();
        }
    }

    /**
     * The filter as one test per row: the criteria by {@link LedgerFilter#matches}, the words
     * (split once, not once per item) against the row's cached text, as that method does.
     */
    private Predicate<LedgerRow> matcher(LedgerFilter f) {
        LocalDate today = data.today();
        if (f.text().isEmpty()) {
            return r -> f.matches(r.item(), r.searchable(), !r.warnings().isEmpty(), today);
        }
        LedgerFilter criteria = f.withText("");
        String[] words = f.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
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

    /** Counts what is listed and gives each unit's heading the subtotal of its listed items. */
    private void updateHeadings() {
        List<Rectification> listed = new ArrayList<>();
        int overdue = 0;
        for (LedgerRow r : base) {
            if (!r.isHeading() && (r.matched || keep.contains(r.id()))) {
                listed.add(r.item());
                if (r.light() == LedgerRow.Light.OVERDUE) {
                    overdue++;
                }
            }
        }
        shown = listed.size();
        if (grouped.get()) {
            Map<Long, Unit> byId = new HashMap<>();
            data.units().forEach(u -> byId.put(u.id(), u));
            for (LedgerFigures fig : LedgerFigures.perUnit(data.units(), states(listed), data.today(), Week.of(data.today()))) {
                LedgerRow old = headings.get(fig.unitId());
                if (old != null && !old.figures().equals(fig)) {
                    LedgerRow now = LedgerRow.heading(byId.get(fig.unitId()), fig, data.texts());
                    headings.put(fig.unitId(), now);
                    base.set(base.lastIndexOf(old), now);
                }
            }
        }
        int total = total();
        counts.set(shown == total && !criteria.isSet()
                ? data.i18n().tr("ledger.count.all", total, overdue)
                : data.i18n().tr("ledger.count.filtered", total, shown, overdue));
    }

    // --- sorting ----------------------------------------------------------------------------------------------

    /** The order the table's headers ask for ({@code null}: the default), set by the table's sort policy. */
    public void setColumnOrder(Comparator<LedgerRow> order) {
        // Headings (hidden unless grouping, kept in the base list) never reach a column's order.
        columnOrder = order == null ? null : (a, b) -> a.isHeading() || b.isHeading()
                ? Boolean.compare(b.isHeading(), a.isHeading()) : order.compare(a, b);
        resort();
        reordered.forEach(Runnable::run);
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

    // --- access -----------------------------------------------------------------------------------------------

    /** The rows the table shows, filtered and sorted. */
    public ObservableList<LedgerRow> rows() { return filtered; }

    /** How many items the file holds (headings aside). */
    public int total() { return listedRows.size(); }

    /** How many items the filter lets through (with those just edited). */
    public int shown() { return shown; }

    /** Where a removed item stood in the table before the last change, or -1. */
    int formerIndex(long id) { return formerIndex.getOrDefault(id, -1); }

    public BooleanProperty groupedProperty() { return grouped; }

    /** 共 32 项 · 筛选后 12 项 · 逾期 3 项 */
    public ReadOnlyStringProperty countsProperty() { return counts.getReadOnlyProperty(); }
}
