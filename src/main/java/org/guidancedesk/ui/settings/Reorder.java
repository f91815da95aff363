package org.guidancedesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** Moving one row of a list up or down, as the list of ids to store. */
final class Reorder {
    private Reorder() {}

    /** The ids in order after moving the row at {@code index} by {@code delta} (±1). */
    static <T> List<Long> idsAfterMove(List<T> rows, int index, int delta, ToLongFunction<T> id) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (T row : rows) {
            ids.add(id.applyAsLong(row));
        }
        int target = index + delta;
        if (index < 0 || index >= ids.size() || target < 0 || target >= ids.size()) {
            throw new IllegalArgumentException("cannot move row " + index + " by " + delta);
        }
        ids.add(target, ids.remove(index));
        return ids;
    }
}
