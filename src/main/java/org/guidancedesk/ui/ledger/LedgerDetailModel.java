package org.guidancedesk.ui.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerChecks;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * The detail pane's model: the selected item, its fields as the user edits them
 * ({@link ItemForm}: a save takes the fields the user changed), its progress history, and its
 * warnings with dismiss/restore.
 */
public final class LedgerDetailModel {
    /** Every editable field of an item, as the pane holds them. */
    public record Form(Ledger ledger, String category, long unitId, String problem, String measures, String standard,
                       String leader, String owner, LedgerNode node, LocalDate due, RectificationStatus status,
                       LocalDate completedOn, LocalDate verifiedOn, String verifiedBy, String evidence, String remarks) {
        public static Form of(Rectification r) {
            return new Form(r.ledger(), r.category(), r.unitId(), r.problem(), r.measures(), r.standard(), r.leader(),
                    r.owner(), r.node(), r.due(), r.status(), r.completedOn(), r.verifiedOn(), r.verifiedBy(),
                    r.evidence(), r.remarks());
        }

        public Form withStatus(RectificationStatus s) {
            return new Form(ledger, category, unitId, problem, measures, standard, leader, owner, node, due, s,
                    completedOn, verifiedOn, verifiedBy, evidence, remarks);
        }

        public Form withNode(LedgerNode n, LocalDate d) {
            return new Form(ledger, category, unitId, problem, measures, standard, leader, owner, n, d, status,
                    completedOn, verifiedOn, verifiedBy, evidence, remarks);
        }
    }

    record Extras(long itemId, List<ProgressNote> notes, Set<LedgerWarning.Kind> dismissed,
                  java.util.Optional<org.guidancedesk.domain.ItemOrigin> origin) {}

    private final LedgerData data;
    private final LedgerList list;
    private final LedgerFooter footer;
    private final UiTasks tasks;
    private final Workspace workspace;

    private final ObjectProperty<Rectification> item = new SimpleObjectProperty<>();
    /** The fields the pane shows: they follow the item, the user's changes kept until stored. */
    private final ItemForm fields = new ItemForm();
    private final ObservableList<ProgressNote> notes = FXCollections.observableArrayList();
    /** The finding or review point the item shown was filed from; null when it came from elsewhere. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.guidancedesk.domain.ItemOrigin> origin =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ObservableList<LedgerWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<LedgerWarning.Kind> dismissed = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> milestones = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty noteError = new SimpleStringProperty("");
    /** Saves sent and not yet answered: while any is, a re-read does not replace the form's item. */
    private int pending;
    /** The pane's "put what is typed into the fields" (a date typed without Enter; set by the view). */
    private Runnable flushHook = () -> { };

    LedgerDetailModel(LedgerData data, LedgerList list, LedgerSelection selection, LedgerFooter footer, UiTasks tasks,
                      Workspace workspace) {
        this.data = data;
        this.list = list;
        this.footer = footer;
        this.tasks = tasks;
        this.workspace = workspace;
        item.addListener((o, a, b) -> fields.show(b));
        selection.currentProperty().addListener((o, a, b) -> follow(a, b));
        selection.beforeLeaving(this::flush);
        data.listen(c -> {
            LedgerRow shown = selection.currentProperty().get();
            if (c.whole() && !milestones.equals(data.milestones())) {
                milestones.setAll(data.milestones());
            }
            if (c.whole() && shown != null) {
                // A read (an undo or redo, another section's change) while the same item stays shown.
                refresh(shown);
            }
        });
    }

    private void follow(LedgerRow before, LedgerRow now) {
        if (now == null) {
            item.set(null);
            notes.clear();
            origin.set(null);
            warnings.clear();
            dismissed.clear();
            error.set("");
            noteError.set("");
            return;
        }
        warnings.setAll(now.warnings());
        if (before == null || before.id() != now.id()) {
            error.set("");
            noteError.set("");
            notes.clear();
            origin.set(null);
            dismissed.clear();
            item.set(now.item());
            loadExtras(now);
        } else {
            if (pending == 0 && !now.item().equals(item.get())) {
                item.set(now.item());
            }
            if (!now.warnings().equals(before.warnings())) {
                loadExtras(now); // the warnings changed (a save, a dismissal): which are dismissed may too
            }
        }
    }

    /**
     * After a re-read (an undo or redo, a save, another section's change) while the same item
     * stays selected: its fields, its warnings, the kinds dismissed and its progress notes, all
     * as the file now holds them.
     */
    void refresh(LedgerRow row) {
        Rectification showing = item.get();
        if (showing == null || showing.id() != row.id()) {
            return;
        }
        if (!warnings.equals(row.warnings())) {
            warnings.setAll(row.warnings());
        }
        if (pending == 0 && !row.item().equals(showing)) {
            item.set(row.item());
        }
        loadExtras(row);
    }

    /** Progress notes and the kinds dismissed, read for the item shown. */
    private void loadExtras(LedgerRow row) {
        long id = row.id();
        List<Rectification> unitItems = data.itemsOf(row.unitId());
        Set<LedgerWarning.Kind> shown = EnumSet.noneOf(LedgerWarning.Kind.class);
        row.warnings().forEach(w -> shown.add(w.kind()));
        tasks.read(() -> new Extras(id, workspace.ledger().progress(id), dismissedKinds(id, unitItems, shown),
                workspace.ledger().origin(id)), x -> {
            Rectification showing = item.get();
            if (showing != null && showing.id() == x.itemId()) {
                origin.set(x.origin().orElse(null));
                // Replaced only when different, so that a re-read after each save does not redraw the pane.
                if (!notes.equals(x.notes())) {
                    notes.setAll(x.notes());
                }
                List<LedgerWarning.Kind> kinds = new ArrayList<>(x.dismissed());
                if (!dismissed.equals(kinds)) {
                    dismissed.setAll(kinds);
                }
            }
        });
    }

    /** The checks run with nothing dismissed, less what is shown: the item's dismissed warnings. */
    private static Set<LedgerWarning.Kind> dismissedKinds(long id, List<Rectification> unitItems,
                                                          Set<LedgerWarning.Kind> shown) {
        Set<LedgerWarning.Kind> all = EnumSet.noneOf(LedgerWarning.Kind.class);
        LedgerChecks.check(unitItems, Set.of()).stream().filter(w -> w.itemId() == id).forEach(w -> all.add(w.kind()));
        all.removeAll(shown);
        return all;
    }

    /** Sets what the pane does first on a flush: what its controls hold typed goes into the fields. */
    void setFlushHook(Runnable hook) {
        flushHook = hook == null ? () -> { } : hook;
    }

    /** Saves what the pane still holds unsaved (on leaving an item, the section or the window). */
    public void flush() {
        flushHook.run();
        saveEdits();
    }

    /** Saves the fields the user changed, and only those; nothing when none is. */
    public boolean saveEdits() {
        return saveEdits(f -> f);
    }

    /** A milestone chosen for the due date: 限期 on that day, with the fields the user changed, in one save. */
    public boolean chooseMilestone(LocalDate on) {
        return saveEdits(f -> f.withNode(LedgerNode.DEADLINE, on));
    }

    private boolean saveEdits(UnaryOperator<Form> with) {
        ItemForm.Edits edits = fields.edits();
        return edits == null || save(with.apply(edits.form()), () -> fields.stored(edits));
    }

    /** The form of the item shown, or {@code null}. */
    public Form form() {
        return item.get() == null ? null : Form.of(item.get());
    }

    /**
     * Saves the form when it differs from the item: a changed status keeps the dates consistent
     * (已完成 gets today unless a date is given; 已销号 gets today and the group as verifier
     * unless given); an unchanged one leaves them as they are. A refusal shows in {@link #errorProperty()} and nothing is saved.
     *
     * @return whether the form was valid (saved or unchanged)
     */
    public boolean save(Form f) {
        return save(f, () -> { });
    }

    /** As {@link #save(Form)}; {@code onStored} runs once the form is as stored (at once when nothing changes). */
    private boolean save(Form f, Runnable onStored) {
        Rectification current = item.get();
        if (current == null || f == null) {
            return true;
        }
        if (f.equals(Form.of(current))) {
            stored(onStored);
            return true; // nothing edited: showing an item never writes it
        }
        Rectification changed;
        try {
            changed = build(current, f);
        } catch (ValidationException e) {
            error.set(Messages.of(data.i18n(), e));
            return false;
        }
        error.set("");
        if (changed.equals(current)) {
            stored(onStored);
            return true;
        }
        if (footer.readOnly()) {
            error.set(data.i18n().tr("ledger.readOnly"));
            return false;
        }
        item.set(changed);
        pending++;
        list.keep(List.of(changed.id()));
        tasks.write(() -> workspace.ledger().update(changed), patch -> {
            pending--;
            onStored.run();
            data.apply(patch);
        }, e -> {
            pending--;
            error.set(Messages.of(data.i18n(), e));
            LedgerRow stored = data.row(changed.id());
            if (pending == 0 && stored != null && Objects.equals(item.get(), changed)) {
                item.set(stored.item());
            }
        });
        return true;
    }

    /** Nothing to write: the form is as stored, unless a save under way has yet to say so (it may fail). */
    private void stored(Runnable onStored) {
        if (pending == 0) {
            onStored.run();
        }
    }

    Rectification build(Rectification current, Form f) {
        LocalDate today = data.today();
        Rectification.Builder b = current.toBuilder().ledger(f.ledger()).category(f.category()).unitId(f.unitId())
                .problem(f.problem()).measures(f.measures()).standard(f.standard()).leader(f.leader()).owner(f.owner()).node(f.node())
                .due(f.due()).evidence(f.evidence()).remarks(f.remarks())
                .completedOn(f.status().completed() ? f.completedOn() : null)
                .verifiedOn(f.status() == RectificationStatus.CLOSED ? f.verifiedOn() : null)
                .verifiedBy(f.verifiedBy());
        if (f.status() == current.status()) {
            // The status as stored: its dates are the user's (an imported 已完成 may have none).
            return b.rawStatus(f.status()).build();
        }
        b.status(f.status(), today);
        if (f.status() == RectificationStatus.CLOSED) {
            if (f.verifiedOn() == null) {
                b.verifiedOn(today);
            }
            if (f.verifiedBy() == null || f.verifiedBy().isBlank()) {
                b.verifiedBy(data.groupName());
            }
        }
        return b.build();
    }

    // --- progress --------------------------------------------------------------------------------------

    /** Adds a dated note to the item's history (newest at the bottom); {@code onAdded} clears the pane's field. */
    public void addNote(LocalDate on, String text, Runnable onAdded) {
        Rectification current = item.get();
        if (current == null) {
            return;
        }
        long id = current.id();
        noteError.set("");
        if (footer.readOnly()) {
            noteError.set(data.i18n().tr("ledger.readOnly"));
            return;
        }
        LocalDate date = on == null ? data.today() : on;
        try {
            new ProgressNote(0, id, date, text);
        } catch (ValidationException e) {
            noteError.set(Messages.of(data.i18n(), e));
            return;
        }
        list.keep(List.of(id));
        tasks.write(() -> workspace.ledger().addProgress(id, date, text), patch -> {
            onAdded.run();
            data.apply(patch);
            reloadNotes(id);
        }, e -> noteError.set(Messages.of(data.i18n(), e)));
    }

    public void removeNote(ProgressNote note) {
        if (footer.refusedReadOnly()) {
            return;
        }
        long id = note.itemId();
        list.keep(List.of(id));
        tasks.write(() -> workspace.ledger().removeProgress(note.id()), patch -> {
            data.apply(patch);
            reloadNotes(id);
        });
    }

    /** Reads the item's history again (after a write that added a line to it). */
    void reloadNotes(long id) {
        tasks.read(() -> workspace.ledger().progress(id), list -> {
            if (item.get() != null && item.get().id() == id) {
                notes.setAll(list);
            }
        });
    }

    // --- warnings --------------------------------------------------------------------------------------

    public void dismiss(LedgerWarning.Kind kind) {
        Rectification current = item.get();
        if (current == null || footer.refusedReadOnly()) {
            return;
        }
        long id = current.id();
        list.keep(List.of(id));
        tasks.write(() -> workspace.ledger().dismiss(id, kind), patch -> {
            if (!dismissed.contains(kind)) {
                dismissed.add(kind);
            }
            warnings.removeIf(w -> w.kind() == kind);
            data.apply(patch);
        });
    }

    /** Shows the item's dismissed warnings again. */
    public void restoreDismissed() {
        Rectification current = item.get();
        if (current == null || footer.refusedReadOnly()) {
            return;
        }
        long id = current.id();
        list.keep(List.of(id));
        tasks.write(() -> workspace.ledger().undismiss(id), patch -> {
            dismissed.clear();
            data.apply(patch);
        });
    }

    /** The other item a near-duplicate warning names, or {@code null}. */
    public Long otherItem(LedgerWarning w) {
        if (w.kind() == LedgerWarning.Kind.NEAR_DUPLICATE && w.args().size() > 2 && w.args().get(2) instanceof Number n) {
            return n.longValue();
        }
        return null;
    }

    /** The campaign's 三个节点: quick choices for the due date. */
    public ObservableList<LocalDate> milestones() {
        return milestones;
    }

    /** Another item's row (a near-duplicate's), or {@code null}. */
    LedgerRow rowOf(long id) {
        return data.row(id);
    }

    // --- access ----------------------------------------------------------------------------------------

    /** The item as shown (and as last saved or being saved), or {@code null}. */
    public ObjectProperty<Rectification> itemProperty() { return item; }

    /** The item's fields as the pane shows and the user edits them. */
    public ItemForm fields() { return fields; }

    /** The item's change history with its progress notes (run on the database thread). */
    java.util.List<org.guidancedesk.domain.Change> history(long id) {
        return workspace.history().ofLedgerItem(id);
    }

    UiTasks tasks() {
        return tasks;
    }

    /** The item's progress history, oldest first. */
    public ObservableList<ProgressNote> notes() { return notes; }

    public javafx.beans.property.ReadOnlyObjectProperty<org.guidancedesk.domain.ItemOrigin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** The item's warnings not dismissed. */
    public ObservableList<LedgerWarning> warnings() { return warnings; }

    /** The kinds of warning dismissed on this item (restorable). */
    public ObservableList<LedgerWarning.Kind> dismissed() { return dismissed; }

    /** Why the last edit was refused, or "". */
    public StringProperty errorProperty() { return error; }

    /** Why the last note was refused, or "". */
    public StringProperty noteErrorProperty() { return noteError; }
}
