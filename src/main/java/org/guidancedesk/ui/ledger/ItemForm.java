package org.guidancedesk.ui.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.ui.ledger.LedgerDetailModel.Form;

/**
 * The detail pane's fields: one property per field of the item shown, each with a dirty mark.
 * A field the user changed is dirty until its save is stored; a newer version of the same item
 * updates only the clean fields (a dirty one keeps what was typed), another item resets them
 * all; a save takes exactly the dirty fields, the others as stored. "The user is typing here"
 * is "this field is dirty" — no focus decides what is overwritten. No scene types.
 */
public final class ItemForm {
    /** One field: the value shown (the control binds to it), the item's value, and whether the user changed it. */
    public static final class Field<T> {
        private final Function<Rectification, T> read;
        private final ObjectProperty<T> value = new SimpleObjectProperty<>();
        private final List<Runnable> onEdit = new ArrayList<>();
        /** The item's value as last shown or stored: what the field is compared with. */
        private T stored;
        private boolean dirty;
        /** Counts the user's changes, so that a save answered after more typing leaves the field dirty. */
        private int edits;

        private Field(Function<Rectification, T> read) {
            this.read = read;
            // Showing sets the stored value first, so only a value that differs from it is an edit.
            value.addListener((o, a, now) -> {
                edits++;
                dirty = !Objects.equals(now, stored);
                if (dirty) {
                    onEdit.forEach(Runnable::run);
                }
            });
        }

        /** The value shown; a control binds to it. */
        public ObjectProperty<T> value() {
            return value;
        }

        public T get() {
            return value.get();
        }

        public void set(T v) {
            value.set(v);
        }

        /** Whether the user changed the field and it is not stored yet. */
        public boolean isDirty() {
            return dirty;
        }

        /** Runs after each change the user makes (a choice saves at once, a text after a pause). */
        public void onEdit(Runnable r) {
            onEdit.add(r);
        }

        private void show(Rectification item) {
            stored = read.apply(item);
            dirty = false;
            value.set(stored);
        }

        /**
         * A newer version of the item: a clean field shows its value when it changed (a value
         * shown a little differently, as a one-line field drops line breaks, stays as shown);
         * a dirty one keeps what the user typed.
         */
        private void refresh(Rectification item) {
            T now = read.apply(item);
            boolean changed = !Objects.equals(now, stored);
            stored = now;
            if (!dirty && changed) {
                value.set(now);
            }
        }

        /** What a save sends for this field: the user's value when dirty, else the item's. */
        private T toSave() {
            return dirty ? value.get() : stored;
        }
    }

    /** What a save took: the item's form to save and how far each field's editing had got (-1: not taken). */
    public record Edits(long itemId, Form form, int[] edits) {
        public boolean isEmpty() {
            return edits.length == 0;
        }
    }

    private Rectification item;

    private final Field<Ledger> ledger = new Field<>(Rectification::ledger);
    private final Field<String> category = new Field<>(Rectification::category);
    private final Field<Long> unit = new Field<>(Rectification::unitId);
    private final Field<String> problem = new Field<>(Rectification::problem);
    private final Field<String> measures = new Field<>(Rectification::measures);
    private final Field<String> standard = new Field<>(Rectification::standard);
    private final Field<String> leader = new Field<>(Rectification::leader);
    private final Field<String> owner = new Field<>(Rectification::owner);
    private final Field<LedgerNode> node = new Field<>(Rectification::node);
    private final Field<LocalDate> due = new Field<>(Rectification::due);
    private final Field<RectificationStatus> status = new Field<>(Rectification::status);
    private final Field<LocalDate> completedOn = new Field<>(Rectification::completedOn);
    private final Field<LocalDate> verifiedOn = new Field<>(Rectification::verifiedOn);
    private final Field<String> verifiedBy = new Field<>(Rectification::verifiedBy);
    private final Field<String> evidence = new Field<>(Rectification::evidence);
    private final Field<String> remarks = new Field<>(Rectification::remarks);

    private final List<Field<?>> fields = List.of(ledger, category, unit, problem, measures, standard, leader, owner,
            node, due, status, completedOn, verifiedOn, verifiedBy, evidence, remarks);

    /**
     * Shows the item: another item (or the first) resets every field; a newer version of the
     * one shown updates the clean fields only. {@code null}: nothing shown, the next item is
     * shown afresh.
     */
    public void show(Rectification next) {
        boolean same = item != null && next != null && item.id() == next.id();
        item = next;
        if (next == null) {
            return;
        }
        for (Field<?> f : fields) {
            if (same) {
                f.refresh(next);
            } else {
                f.show(next);
            }
        }
    }

    /** The item shown, or {@code null}. */
    public Rectification item() {
        return item;
    }

    /** Whether any field holds a change not yet stored. */
    public boolean isDirty() {
        return fields.stream().anyMatch(Field::isDirty);
    }

    /** The fields to save: the dirty ones as the user left them, every other as stored ({@code null} with no item). */
    public Edits edits() {
        if (item == null) {
            return null;
        }
        int[] edits = new int[fields.size()];
        boolean any = false;
        for (int i = 0; i < fields.size(); i++) {
            Field<?> f = fields.get(i);
            edits[i] = f.dirty ? f.edits : -1;
            any |= f.dirty;
        }
        Form form = new Form(ledger.toSave(), category.toSave(), unit.toSave(), problem.toSave(), measures.toSave(),
                standard.toSave(), leader.toSave(), owner.toSave(), node.toSave(), due.toSave(), status.toSave(), completedOn.toSave(),
                verifiedOn.toSave(), verifiedBy.toSave(), evidence.toSave(), remarks.toSave());
        return new Edits(item.id(), form, any ? edits : new int[0]);
    }

    /**
     * The edits taken were stored: each field they took is clean again, unless the user changed
     * it since. What is shown stays as typed (the stored text may have lost a trailing blank).
     */
    public void stored(Edits taken) {
        if (item == null || item.id() != taken.itemId()) {
            return; // another item is shown by now: its fields were reset
        }
        int[] edits = taken.edits();
        for (int i = 0; i < edits.length; i++) {
            Field<?> f = fields.get(i);
            if (edits[i] >= 0 && f.edits == edits[i]) {
                f.dirty = false;
            }
        }
    }

    // --- the fields ---------------------------------------------------------------------------------------

    public Field<Ledger> ledger() { return ledger; }

    public Field<String> category() { return category; }

    public Field<Long> unit() { return unit; }

    public Field<String> problem() { return problem; }

    public Field<String> measures() { return measures; }

    public Field<String> standard() { return standard; }

    public Field<String> leader() { return leader; }

    public Field<String> owner() { return owner; }

    public Field<LedgerNode> node() { return node; }

    public Field<LocalDate> due() { return due; }

    public Field<RectificationStatus> status() { return status; }

    public Field<LocalDate> completedOn() { return completedOn; }

    public Field<LocalDate> verifiedOn() { return verifiedOn; }

    public Field<String> verifiedBy() { return verifiedBy; }

    public Field<String> evidence() { return evidence; }

    public Field<String> remarks() { return remarks; }
}
