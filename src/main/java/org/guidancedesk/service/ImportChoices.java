package org.guidancedesk.service;

import java.util.HashSet;
import java.util.Set;

/**
 * What the user decided about rows that match existing items: the default updates each item a
 * row matches. By row number as the file shows it.
 *
 * @param allAsNew        every row added as a new item, none compared with the ledger (today's import)
 * @param asNew           rows added as new items although they match one ("作为新问题")
 * @param notUpdated      matched rows whose changes are left out ("不更新")
 * @param backwardAllowed matched rows whose status may move the item back (已销号 → 整改中)
 * @param everyBackward   every such row may (the command line's --allow-backward)
 */
public record ImportChoices(boolean allAsNew, Set<Integer> asNew, Set<Integer> notUpdated, Set<Integer> backwardAllowed,
                            boolean everyBackward) {
    /** Update the items the rows match; add the others; no status moved back. */
    public static final ImportChoices UPDATE = new ImportChoices(false, Set.of(), Set.of(), Set.of(), false);
    /** Add every row as a new item. */
    public static final ImportChoices AS_NEW = new ImportChoices(true, Set.of(), Set.of(), Set.of(), false);

    public ImportChoices {
        asNew = Set.copyOf(asNew);
        notUpdated = Set.copyOf(notUpdated);
        backwardAllowed = Set.copyOf(backwardAllowed);
    }

    boolean takenAsNew(int row) {
        return allAsNew || asNew.contains(row);
    }

    boolean mayGoBack(int row) {
        return everyBackward || backwardAllowed.contains(row);
    }

    public ImportChoices withAsNew(int row, boolean on) {
        return new ImportChoices(allAsNew, toggled(asNew, row, on), notUpdated, backwardAllowed, everyBackward);
    }

    public ImportChoices withNotUpdated(int row, boolean on) {
        return new ImportChoices(allAsNew, asNew, toggled(notUpdated, row, on), backwardAllowed, everyBackward);
    }

    public ImportChoices withBackwardAllowed(int row, boolean on) {
        return new ImportChoices(allAsNew, asNew, notUpdated, toggled(backwardAllowed, row, on), everyBackward);
    }

    public ImportChoices withEveryBackward(boolean on) {
        return new ImportChoices(allAsNew, asNew, notUpdated, backwardAllowed, on);
    }

    private static Set<Integer> toggled(Set<Integer> rows, int row, boolean on) {
        Set<Integer> changed = new HashSet<>(rows);
        if (on) {
            changed.add(row);
        } else {
            changed.remove(row);
        }
        return changed;
    }
}
