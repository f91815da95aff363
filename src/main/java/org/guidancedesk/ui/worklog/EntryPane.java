package org.guidancedesk.ui.worklog;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.i18n.I18n;

/**
 * The selected entry, saved at once: a choice when made, typing a moment after it stops, and
 * whatever is still typed before another entry, the section or the window is shown. Then its
 * findings and highlights ({@link LinesPane}), a finding filed into the 整改台账 in one step.
 * Its own saves come back without redrawing what is being typed.
 */
final class EntryPane {
    private static final Duration TYPING_PAUSE = Duration.millis(800);

    private final WorkLogViewModel vm;
    private final I18n i18n;
    private final EntryEditor editor;
    private final LinesPane lines;
    private final Runnable onRemove;
    private final VBox box = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(box);
    private final Label empty = new Label();
    private final Label heading = new Label();
    private final Label linesError = new Label();
    private final VBox fields = new VBox(10);
    private final PauseTransition pause = new PauseTransition(TYPING_PAUSE);
    /** The entry as this pane last stored it or was given it. */
    private WorkEntry current;
    /** The fields as last sent (or found unchanged): typing since then is not overwritten by what comes back. */
    private EntryDraft committed;
    /** This pane's saves not answered yet: while any is, what comes back is not shown. */
    private int pending;

    EntryPane(WorkLogViewModel vm, Runnable onRemove) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.onRemove = onRemove;
        this.editor = new EntryEditor(vm, false, 84);
        this.lines = new LinesPane(vm, this::saveLines, this::file, this::linesRefused);
        box.setId(WorkStyles.DETAILS_ID);
        box.getStyleClass().addAll("details", WorkStyles.DETAILS);
        empty.setText(i18n.tr("worklog.detail.hint"));
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        heading.getStyleClass().add("details-title");
        heading.setWrapText(true);
        linesError.getStyleClass().add("error-text");
        linesError.setWrapText(true);
        linesError.managedProperty().bind(linesError.textProperty().isNotEmpty());
        linesError.visibleProperty().bind(linesError.managedProperty());

        Button remove = new Button(i18n.tr("worklog.remove"));
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> onRemove.run());
        remove.setDisable(vm.readOnly());
        HBox buttons = new HBox(8, remove);
        VBox.setMargin(buttons, new Insets(8, 0, 0, 0));
        fields.getChildren().setAll(heading, editor.view(), lines.view(), linesError, buttons);
        fields.managedProperty().bind(fields.visibleProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        box.getChildren().setAll(empty, fields);
        box.setPadding(new Insets(12));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(300);
        scroll.setPrefWidth(420);
        scroll.getStyleClass().add("details-scroll");
        if (vm.readOnly()) {
            editor.disable();
        }

        editor.onEdit(typed -> {
            if (typed) {
                pause.playFromStart();
            } else {
                pause.stop();
                commit();
            }
        });
        pause.setOnFinished(e -> commit());
        vm.selectedProperty().addListener((o, a, row) -> follow(row == null ? null : vm.entry(row.id())));
        follow(vm.selectedEntry());
    }

    Node view() {
        return scroll;
    }

    /** Another entry shown (what is typed in this one saved first), or this one as it now is. */
    private void follow(WorkEntry e) {
        if (e != null && current != null && e.id() == current.id()) {
            if (pending == 0) {
                sync(e);
            }
            return;
        }
        flush();
        current = e;
        committed = null;
        pending = 0;
        linesError.setText("");
        empty.setVisible(e == null);
        fields.setVisible(e != null);
        lines.show(e);
        if (e != null) {
            heading.setText(vm.heading(e));
            editor.fill(EntryDraft.of(e));
        }
    }

    /**
     * The entry as stored now (this pane's save come back, an undo, a finding filed): the fields
     * follow unless the user typed since the last save; the lines and the heading always do.
     */
    private void sync(WorkEntry e) {
        current = e;
        heading.setText(vm.heading(e));
        lines.show(e);
        boolean typedSince = editor.edited() && (committed == null || !editor.draft().equals(committed));
        if (typedSince) {
            return;
        }
        EntryDraft stored = EntryDraft.of(e);
        if (!builds(editor.draft(), e)) {
            editor.fill(stored);
        } else {
            editor.rebase(stored);
        }
        committed = null;
    }

    private static boolean builds(EntryDraft d, WorkEntry e) {
        try {
            return d.withLines(e.findings(), e.highlights()).build().equals(e);
        } catch (ValidationException x) {
            return false;
        }
    }

    /** Saves the fields as typed, with the lines as they are now. */
    private void commit() {
        if (current == null || !editor.edited() || vm.readOnly()) {
            return;
        }
        editor.commitTyped();
        EntryDraft typed = editor.draft();
        if (typed.equals(committed)) {
            return;
        }
        editor.clearRefusal();
        committed = typed;
        send(typed.withLines(current.findings(), current.highlights()), editor::refuse);
    }

    private void saveLines(List<WorkFinding> findings, List<String> highlights) {
        pause.stop();
        commit();
        linesError.setText("");
        send(EntryDraft.of(current).withLines(findings, highlights), e -> linesError.setText(vm.message(e)));
    }

    private void send(EntryDraft d, java.util.function.Consumer<ValidationException> refused) {
        long id = d.id();
        boolean[] sent = {false};
        vm.save(d, new WorkLogViewModel.Reply() {
            @Override
            public void sending(WorkEntry built) {
                sent[0] = true;
                pending++;
                current = built;
            }

            @Override
            public void saved(WorkEntry stored) {
                answered(id);
            }

            @Override
            public void refused(ValidationException e) {
                if (sent[0]) {
                    answered(id);
                }
                if (current != null && current.id() == id) {
                    refused.accept(e);
                }
            }

            @Override
            public void failed() {
                answered(id);
            }
        });
    }

    /** One of this pane's saves answered; once none is left, the entry is shown as stored. */
    private void answered(long id) {
        if (current == null || current.id() != id) {
            return; // a save of the entry shown before
        }
        pending = Math.max(0, pending - 1);
        WorkEntry now = vm.entry(id);
        if (pending == 0 && now != null) {
            sync(now);
        }
    }

    private void linesRefused(ValidationException e) {
        linesError.setText(vm.message(e));
    }

    /** 转入整改台账: the unit asked when the entry has several (or none: 本组). */
    private void file(WorkFinding f) {
        List<Unit> units = vm.unitsForFinding();
        Unit unit = units.size() == 1 ? units.get(0) : WorkDialogs.chooseUnit(scroll, i18n, units).orElse(null);
        if (unit != null) {
            linesError.setText("");
            vm.fileFinding(f.id(), unit.id(), e -> linesError.setText(vm.message(e)));
        }
    }

    /** Saves what is typed and not yet saved (another entry, the section or the window shown). */
    void flush() {
        pause.stop();
        commit();
    }
}
