package org.guidancedesk.ui.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;
import javafx.scene.control.TableView;

/**
 * The one adapter between the table's selection model and {@link LedgerSelection}: what the
 * user selects goes to the model; after each change of the rows, and each change the model
 * asks for (an item added or imported, a filter hiding some), the table selects what the
 * model holds, the current item focused, a new one scrolled to. The table's rows pass
 * through here ({@link Rows}), so the adapter knows when they change.
 */
final class TableSelection {
    private final TableView<LedgerRow> table;
    private final LedgerSelection selection;
    /**
     * The package's one re-entrancy guard: true while the table's selection is not the user's —
     * while this adapter sets it, and while the rows change under it (a TableView drops its
     * selection when a row is replaced or the filter changes, passing through states nobody
     * chose). Nothing in the selection model's events tells those from the user's, and the
     * model must not follow them (it would leave the item shown, saving and clearing the
     * detail pane), so they are not passed on; afterwards the table gets the model's selection.
     */
    private boolean syncing;

    TableSelection(TableView<LedgerRow> table, ObservableList<LedgerRow> rows, LedgerSelection selection) {
        this.table = table;
        this.selection = selection;
        table.setItems(new Rows(rows));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<LedgerRow>) c -> push());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> push());
        selection.requestProperty().addListener((InvalidationListener) o -> restore(selection.requestProperty().get()));
    }

    private void push() {
        if (!syncing) {
            selection.select(new ArrayList<>(table.getSelectionModel().getSelectedItems()),
                    table.getSelectionModel().getSelectedItem());
        }
    }

    /** The model's selection as it stands, nothing to scroll to. */
    private LedgerSelection.Request held() {
        LedgerRow current = selection.currentProperty().get();
        return new LedgerSelection.Request(selection.ids(), current == null ? null : current.id(), null);
    }

    /** The list's rows as the table gets them: each change passed on with the table's selection events held back. */
    private final class Rows extends TransformationList<LedgerRow, LedgerRow> {
        Rows(ObservableList<LedgerRow> source) {
            super(source);
        }

        @Override
        protected void sourceChanged(ListChangeListener.Change<? extends LedgerRow> c) {
            syncing = true;
            try {
                fireChange(new Passed(this, c));
            } finally {
                syncing = false;
            }
            restore(held());
        }

        @Override
        public int getSourceIndex(int index) {
            return index;
        }

        @Override
        public int getViewIndex(int index) {
            return index;
        }

        @Override
        public LedgerRow get(int index) {
            return getSource().get(index);
        }

        @Override
        public int size() {
            return getSource().size();
        }
    }

    /** The source list's change, told as the table's list's. */
    private static final class Passed extends ListChangeListener.Change<LedgerRow> {
        private final ListChangeListener.Change<? extends LedgerRow> c;

        Passed(ObservableList<LedgerRow> list, ListChangeListener.Change<? extends LedgerRow> c) {
            super(list);
            this.c = c;
        }

        @Override
        public boolean next() {
            return c.next();
        }

        @Override
        public void reset() {
            c.reset();
        }

        @Override
        public int getFrom() {
            return c.getFrom();
        }

        @Override
        public int getTo() {
            return c.getTo();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<LedgerRow> getRemoved() {
            return (List<LedgerRow>) c.getRemoved();
        }

        @Override
        public boolean wasUpdated() {
            return c.wasUpdated();
        }

        @Override
        protected int[] getPermutation() {
            if (!c.wasPermutated()) {
                return new int[0];
            }
            int[] p = new int[c.getTo() - c.getFrom()];
            for (int i = 0; i < p.length; i++) {
                p[i] = c.getPermutation(c.getFrom() + i);
            }
            return p;
        }
    }

    /** The same items selected as the model holds, the current one focused, one scrolled to. */
    private void restore(LedgerSelection.Request r) {
        if (r == null) {
            return;
        }
        List<Long> ids = r.ids();
        Long reveal = r.reveal();
        if (reveal == null && sameAsTable(ids, r.current())) {
            return;
        }
        List<LedgerRow> items = table.getItems();
        Map<Long, Integer> index = new HashMap<>();
        if (!ids.isEmpty() || reveal != null) {
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).isHeading()) {
                    index.put(items.get(i).id(), i);
                }
            }
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            Integer focus = r.current() == null ? null : index.get(r.current());
            // The current item last, so that it is the selected item (the detail pane's).
            List<Integer> order = new ArrayList<>();
            for (long id : ids) {
                Integer i = index.get(id);
                if (i != null && !i.equals(focus)) {
                    order.add(i);
                }
            }
            if (focus != null) {
                order.add(focus);
            }
            if (!order.isEmpty()) {
                int[] rest = order.subList(1, order.size()).stream().mapToInt(Integer::intValue).toArray();
                table.getSelectionModel().selectIndices(order.get(0), rest);
            }
            if (focus != null) {
                table.getFocusModel().focus(focus);
            }
            if (reveal != null && index.containsKey(reveal)) {
                table.scrollTo(Math.max(0, index.get(reveal) - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private boolean sameAsTable(List<Long> ids, Long current) {
        List<LedgerRow> selected = table.getSelectionModel().getSelectedItems();
        LedgerRow focused = table.getSelectionModel().getSelectedItem();
        if (selected.size() != ids.size() || !Objects.equals(current, focused == null ? null : focused.id())) {
            return false;
        }
        Set<Long> wanted = new HashSet<>(ids);
        return selected.stream().allMatch(x -> x != null && wanted.contains(x.id()));
    }
}
