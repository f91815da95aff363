package org.guidancedesk.ui.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.service.ImportChoices;
import org.guidancedesk.service.ImportDraft;
import org.guidancedesk.service.ImportOptions;
import org.guidancedesk.service.ImportPreview;
import org.guidancedesk.service.ImportResult;
import org.guidancedesk.service.LedgerColumn;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.UiTasks;

/**
 * The import wizard's model: the file as read, the column mapping the user adjusts, the unit
 * and ledger for rows that do not say, the preview with every problem and the plan (rows that
 * match existing items update them; per row the user may leave a change out, take a row as new,
 * or agree to a status moved back), and the import itself (one transaction), after which the
 * items added and updated are selected. No scene types.
 */
public final class ImportModel {
    private final Consumer<ImportResult> onImported;
    private final UiTasks tasks;
    private final Workspace workspace;

    /** A file as read and the unit its title or name seems to name ({@code null}: none). */
    private record Read(ImportDraft draft, Long guessedUnit) {}

    private final ObjectProperty<ImportDraft> draft = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> guessedUnit = new SimpleObjectProperty<>();
    private final Map<Integer, LedgerColumn> mapping = new HashMap<>();
    private final IntegerProperty mappingVersion = new SimpleIntegerProperty();
    private final ObjectProperty<Long> unitId = new SimpleObjectProperty<>();
    private final ObjectProperty<Ledger> ledger = new SimpleObjectProperty<>(Ledger.RECTIFY);
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty allAsNew = new SimpleBooleanProperty();
    /** The user's choices about rows that match existing items, but {@link #allAsNew}. */
    private ImportChoices choices = ImportChoices.UPDATE;

    /** @param onImported shows the items saved (listed whatever the filter, selected) */
    ImportModel(LedgerCriteria criteria, Consumer<ImportResult> onImported, UiTasks tasks, Workspace workspace) {
        this.onImported = onImported;
        this.tasks = tasks;
        this.workspace = workspace;
        if (criteria.unitProperty().get() != null) {
            unitId.set(criteria.unitProperty().get());
        }
        if (criteria.ledgerProperty().get() != null) {
            ledger.set(criteria.ledgerProperty().get());
        }
        unitId.addListener(o -> preview.set(null));
        ledger.addListener(o -> preview.set(null));
        allAsNew.addListener(o -> preview.set(null));
    }

    /**
     * Reads the file (off the JavaFX thread) and takes the proposed mapping; a failure (a file
     * that cannot be read) goes to {@code onFailure}.
     */
    public void read(Path file, Runnable onRead, Consumer<Throwable> onFailure) {
        busy.set(true);
        tasks.compute(() -> {
            ImportDraft d = workspace.ledgerImport().read(file);
            return new Read(d, workspace.ledgerImport().guessUnit(d).orElse(null));
        }, read -> {
            busy.set(false);
            draft.set(read.draft());
            // The unit the file names is the better default than the filter's; the user may change it.
            guessedUnit.set(read.guessedUnit());
            if (read.guessedUnit() != null) {
                unitId.set(read.guessedUnit());
            }
            mapping.clear();
            mapping.putAll(read.draft().proposed());
            choices = ImportChoices.UPDATE;
            preview.set(null);
            mappingVersion.set(mappingVersion.get() + 1);
            onRead.run();
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    /**
     * Maps a file column to a field, or to nothing ({@code null}: 忽略). A field already taken by
     * another column moves here (责任部门/责任人 may take several columns: they are joined).
     */
    public void setColumn(int column, LedgerColumn field) {
        if (field == null) {
            mapping.remove(column);
        } else {
            if (field != LedgerColumn.OWNER) {
                mapping.entrySet().removeIf(e -> e.getValue() == field && e.getKey() != column);
            }
            mapping.put(column, field);
        }
        preview.set(null);
        mappingVersion.set(mappingVersion.get() + 1);
    }

    public LedgerColumn column(int column) {
        return mapping.get(column);
    }

    public Map<Integer, LedgerColumn> mapping() {
        return Map.copyOf(mapping);
    }

    /** Whether some column holds the unit (else the rows go to {@link #unitIdProperty()}). */
    public boolean hasUnitColumn() {
        return mapping.containsValue(LedgerColumn.UNIT);
    }

    public boolean hasLedgerColumn() {
        return mapping.containsValue(LedgerColumn.LEDGER);
    }

    /** The required fields no column is mapped to (问题描述). */
    public List<LedgerColumn> missing() {
        List<LedgerColumn> missing = new ArrayList<>();
        for (LedgerColumn c : LedgerColumn.values()) {
            if (c.required() && !mapping.containsValue(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    /** Reads every row with the mapping; the preview lists the items or every problem. */
    public void preview(Runnable onDone) {
        ImportDraft d = draft.get();
        if (d == null) {
            return;
        }
        Map<Integer, LedgerColumn> m = Map.copyOf(mapping);
        ImportOptions options = new ImportOptions(unitId.get(), ledger.get(), Set.copyOf(skipped), Set.copyOf(included),
                allAsNew.get() ? ImportChoices.AS_NEW : choices);
        busy.set(true);
        tasks.read(() -> workspace.ledgerImport().preview(d, m, options), p -> {
            busy.set(false);
            preview.set(p);
            onDone.run();
        }, tasks.reportAfter(() -> busy.set(false)));
    }

    /** Rows the user left out (a footnote, a 合计 line, a row to fix later), by the row number the file shows. */
    private final java.util.SortedSet<Integer> skipped = new java.util.TreeSet<>();

    public java.util.SortedSet<Integer> skipped() {
        return java.util.Collections.unmodifiableSortedSet(skipped);
    }

    /** The rows with a problem of their own (not the file's or the mapping's), to leave out. */
    public java.util.SortedSet<Integer> problemRows() {
        ImportPreview p = preview.get();
        java.util.SortedSet<Integer> rows = new java.util.TreeSet<>();
        if (p != null) {
            p.problems().stream().filter(pr -> pr.row() > 0).forEach(pr -> rows.add(pr.row()));
        }
        return rows;
    }

    /** Rows that look like no item (合计, 注：…) the user takes in all the same. */
    private final java.util.Set<Integer> included = new java.util.HashSet<>();

    /** Takes a 合计 or footnote row in (or leaves it out again) and previews again. */
    public void include(int row, boolean in, Runnable onDone) {
        if (in) {
            included.add(row);
        } else {
            included.remove(row);
        }
        preview(onDone);
    }

    /** What the user does with a row that matches an existing item. */
    public enum RowChoice {
        /** Update the item (the default). */
        UPDATE,
        /** 不更新: leave the row's changes out; the item stays as it is. */
        NOT_UPDATED,
        /** 作为新问题: add the row as a new item; the one it matched stays as it is. */
        AS_NEW
    }

    /** What the row is set to now. */
    public RowChoice choice(int row) {
        return choices.asNew().contains(row) ? RowChoice.AS_NEW
                : choices.notUpdated().contains(row) ? RowChoice.NOT_UPDATED : RowChoice.UPDATE;
    }

    /** Sets what happens to a row that matches an existing item, and previews again. */
    public void choose(int row, RowChoice choice, Runnable onDone) {
        choices = choices.withAsNew(row, choice == RowChoice.AS_NEW).withNotUpdated(row, choice == RowChoice.NOT_UPDATED);
        preview(onDone);
    }

    /** The user's yes (or no) to a row moving its item's status back (已销号 → 整改中), and previews again. */
    public void allowBackward(int row, boolean on, Runnable onDone) {
        choices = choices.withBackwardAllowed(row, on);
        preview(onDone);
    }

    /** What the user chose for rows that match existing items. */
    public ImportChoices choices() {
        return choices;
    }

    /** Whether a problem is about which existing item a row is (alike two, or two rows on one): the row may be taken as new. */
    public static boolean aboutMatching(org.guidancedesk.service.ImportProblem problem) {
        return problem.row() > 0 && (problem.messageKey().equals("ledgerio.problem.matchesSeveral")
                || problem.messageKey().equals("ledgerio.problem.sameItem"));
    }

    /** Whether a cell named by a problem can be corrected here (a cell of a row, not a missing column). */
    public static boolean correctable(org.guidancedesk.service.ImportProblem problem) {
        return problem.row() > 0 && problem.column() >= 0;
    }

    /** The text the cell will be read with (as corrected, else as the file has it). */
    public String cellText(int row, int column) {
        ImportDraft d = draft.get();
        return d == null ? "" : d.text(row, column);
    }

    /**
     * Corrects one cell of the file's rows (the file itself is not touched) and checks every row
     * again at once; what was typed is what is imported.
     */
    public void correct(int row, int column, String text, Runnable onDone) {
        ImportDraft d = draft.get();
        if (d == null || column < 0) {
            return;
        }
        draft.set(d.withCell(row, column, text.strip()));
        preview(onDone);
    }

    /** Leaves the rows with problems out and previews again. */
    public void skipProblemRows(Runnable onDone) {
        skipped.addAll(problemRows());
        preview(onDone);
    }

    /** Takes every left-out row back in and previews again. */
    public void restoreSkipped(Runnable onDone) {
        skipped.clear();
        preview(onDone);
    }

    /**
     * Writes the previewed plan in one transaction; the items added and updated are then
     * selected in the table. A failure (the backup before it, a rule) goes to {@code onFailure}.
     */
    public void commit(Consumer<ImportResult> onDone, Consumer<Throwable> onFailure) {
        ImportPreview p = preview.get();
        if (p == null || !p.canImport()) {
            return;
        }
        busy.set(true);
        tasks.writeOr(() -> workspace.ledgerImport().commit(p), saved -> {
            busy.set(false);
            onImported.accept(saved);
            onDone.accept(saved);
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    public ObjectProperty<ImportDraft> draftProperty() { return draft; }

    /** Moves whenever the mapping changes. */
    public IntegerProperty mappingVersionProperty() { return mappingVersion; }

    public ObjectProperty<Long> unitIdProperty() { return unitId; }

    /** The unit the file's title row or name names, {@code null} if none: the default offered. */
    public ObjectProperty<Long> guessedUnitProperty() { return guessedUnit; }

    public ObjectProperty<Ledger> ledgerProperty() { return ledger; }

    /** The last preview; {@code null} after any change to the mapping or the choices. */
    public ObjectProperty<ImportPreview> previewProperty() { return preview; }

    public BooleanProperty busyProperty() { return busy; }

    /** 全部作为新问题: every row added, none compared with the ledger (as imports were before). */
    public BooleanProperty allAsNewProperty() { return allAsNew; }
}
