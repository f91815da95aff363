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
import javafx.scene.control.TableView;

/**
 * The one adapter between the table's selection model and {@link LedgerSelection}: what the
 * user selects goes to the model; what the model asks for (after a change it made) is selected
 * in the table, the current item focused, a new one scrolled to.
 */
final class TableSelection {
    private final TableView<LedgerRow> table;
    private final LedgerSelection selection;
    /** While the table is being set from the model: its selection events are the model's own. */
    private boolean syncing;

    TableSelection(TableView<LedgerRow> table, LedgerSelection selection) {
        this.table = table;
        this.selection = selection;
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
