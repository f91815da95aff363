package org.guidancedesk.ui.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which items are selected (in table order) and which one the detail pane shows. The table's
 * adapter tells it what the user selected; when the selection changes for another reason (an
 * item added or imported, a filter hiding some, the shown item removed) it says so through
 * {@link #requestProperty()}, and the adapter selects the same in the table.
 */
public final class LedgerSelection {
    /** What the table should select: these items, the current one focused, one scrolled to (or null). */
    public record Request(List<Long> ids, Long current, Long reveal) {}

    private final LedgerData data;
    private final LedgerList list;
    private final List<Long> ids = new ArrayList<>();
    private final ObjectProperty<LedgerRow> current = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Request> request = new ReadOnlyObjectWrapper<>();
    /** Saves what the detail pane holds before the shown item changes. */
    private Runnable beforeLeaving = () -> { };
    /** The item to select when the next read arrives (the section opened on it from 总览), or null. */
    private Long toReveal;

    LedgerSelection(LedgerData data, LedgerList list, LedgerCriteria criteria) {
        this.data = data;
        this.list = list;
        data.listen(this::follow);
        criteria.listen(this::afterFilter);
        list.onReordered(() -> ask(null));
        current.addListener(o -> counted());
    }

    void beforeLeaving(Runnable flush) {
        beforeLeaving = flush;
    }

    // --- from the table ----------------------------------------------------------------------------------

    /** The table's selection: the selected rows and the one with the focus (the detail pane's). */
    public void select(List<LedgerRow> rows, LedgerRow focused) {
        ids.clear();
        rows.stream().filter(r -> r != null && !r.isHeading()).forEach(r -> ids.add(r.id()));
        LedgerRow next = focused != null && !focused.isHeading() ? focused
                : rows.stream().filter(r -> r != null && !r.isHeading()).reduce((a, b) -> b).orElse(null);
        setCurrent(next);
        counted();
    }

    // --- by command ----------------------------------------------------------------------------------------

    /** Selects these items (kept listed whatever the filter), the first one current and scrolled to. */
    public void selectItems(List<Long> chosen) {
        List<Long> known = chosen.stream().filter(id -> data.row(id) != null).toList();
        if (known.isEmpty()) {
            return;
        }
        list.keep(known);
        ids.clear();
        ids.addAll(known);
        setCurrent(data.row(known.get(0)));
        counted();
        ask(known.get(0));
    }

    /** Selects one item by its id (after an add, from a warning's link). */
    public void selectItem(long id) {
        selectItems(List.of(id));
    }

    /** Selects the item once the next read has arrived (the section is being opened on it). */
    public void revealAfterReload(long id) {
        toReveal = id;
    }

    private void setCurrent(LedgerRow next) {
        LedgerRow before = current.get();
        if (before != null && (next == null || next.id() != before.id())) {
            beforeLeaving.run();
        }
        current.set(next);
    }

    private void ask(Long reveal) {
        LedgerRow c = current.get();
        request.set(new Request(List.copyOf(ids), c == null ? null : c.id(), reveal));
    }

    // --- following the data and the filter ------------------------------------------------------------------

    private void follow(LedgerData.Change change) {
        LedgerRow before = current.get();
        ids.removeIf(id -> data.row(id) == null);
        if (before != null && change.touches(before.id())) {
            LedgerRow now = data.row(before.id());
            if (now == null) {
                afterVanished(list.formerIndex(before.id()));
            } else {
                current.set(now);
            }
        }
        if (change.whole() && current.get() == null && ids.isEmpty() && before == null && toReveal == null) {
            // The first showing selects the first item, so the detail pane has something to show.
            list.rows().stream().filter(r -> !r.isHeading()).findFirst().ifPresent(r -> {
                ids.add(r.id());
                current.set(r);
            });
        }
        counted();
        if (toReveal != null && change.whole()) {
            long id = toReveal;
            toReveal = null;
            selectItem(id);
        } else {
            ask(null);
        }
    }

    /** The shown item vanished: the last other selected item becomes current, else the row now in its place. */
    private void afterVanished(int index) {
        LedgerRow next = ids.isEmpty() ? null : data.row(ids.get(ids.size() - 1));
        List<LedgerRow> rows = list.rows();
        if (next == null && !rows.isEmpty()) {
            int from = Math.max(0, Math.min(index, rows.size() - 1));
            for (int i = from; next == null && i < rows.size(); i++) {
                next = rows.get(i).isHeading() ? null : rows.get(i);
            }
            for (int i = from - 1; next == null && i >= 0; i--) {
                next = rows.get(i).isHeading() ? null : rows.get(i);
            }
            if (next != null) {
                ids.clear();
                ids.add(next.id());
            }
        }
        current.set(next);
    }

    /** What the filter hides is no longer selected: a bulk change acts only on what is seen. */
    private void afterFilter() {
        ids.removeIf(id -> !list.isListed(id));
        LedgerRow c = current.get();
        if (c != null && !list.isListed(c.id())) {
            setCurrent(null);
        }
        counted();
        ask(null);
    }

    private void counted() {
        int n = ids.size();
        count.set(n);
        LedgerRow c = current.get();
        note.set(n > 1 && c != null ? data.i18n().tr("ledger.selection.many", n, c.code()) : "");
    }

    // --- access ---------------------------------------------------------------------------------------------

    /** The selected items' ids, in table order. */
    public List<Long> ids() {
        return List.copyOf(ids);
    }

    public List<LedgerRow> rows() {
        return ids.stream().map(data::row).filter(Objects::nonNull).toList();
    }

    /** The item the detail pane shows. */
    public ReadOnlyObjectProperty<LedgerRow> currentProperty() { return current; }

    /** How many items are selected. */
    public ReadOnlyIntegerProperty countProperty() { return count.getReadOnlyProperty(); }

    /** "已选 4 项：下面显示的是 整改-007；…" while several are selected, else "". */
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }

    /** What the table should select now (set after each change not made in the table). */
    public ReadOnlyObjectProperty<Request> requestProperty() { return request.getReadOnlyProperty(); }
}
