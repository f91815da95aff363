package org.guidancedesk.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.guidancedesk.domain.UndoStep;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.HistoryService;
import org.guidancedesk.ui.history.StepText;
import org.guidancedesk.ui.history.TrashDialog;

/**
 * 编辑: undo (Ctrl+Z) and redo (Ctrl+Y, Ctrl+Shift+Z) of the session's edits, and the trash.
 * The items name what they would undo, read when the menu opens; a text field being typed in
 * keeps Ctrl+Z for its own typing. After an undo the section on show is read again.
 */
final class EditMenu {
    static final String MENU_ID = "menu-edit";
    static final String UNDO_ID = "menu-undo";
    static final String REDO_ID = "menu-redo";
    static final String TRASH_ID = "menu-trash";

    /** The open file's session, or null; and what to do once the data changed. */
    interface Host {
        Session session();

        void flushEdits();

        void reloadSection();

        void status(String text);
    }

    private final Stage stage;
    private final I18n i18n;
    private final Host host;
    private final MenuItem undo;
    private final MenuItem redo;
    private final Menu menu;

    EditMenu(Stage stage, I18n i18n, Host host) {
        this.stage = stage;
        this.i18n = i18n;
        this.host = host;
        undo = MenuItemBuilder.item(i18n.tr("menu.edit.undo")).id(UNDO_ID).key("Shortcut+Z").does(this::undo);
        redo = MenuItemBuilder.item(i18n.tr("menu.edit.redo")).id(REDO_ID).key("Shortcut+Y").does(this::redo);
        MenuItem trash = MenuItemBuilder.item(i18n.tr("menu.edit.trash")).id(TRASH_ID).does(this::showTrash);
        menu = new Menu(i18n.tr("menu.edit"), null, undo, redo, new SeparatorMenuItem(), trash);
        menu.setId(MENU_ID);
        menu.setOnShowing(e -> refresh());
    }

    Menu menu() {
        return menu;
    }

    /** Extra key for redo, as other programs have it. */
    void installRedoAlias(javafx.scene.Scene scene) {
        Shortcuts.install(scene, java.util.Map.of(KeyCombination.keyCombination("Shortcut+Shift+Z"), this::redo));
    }

    private Optional<HistoryService> history() {
        Session s = host.session();
        return s == null ? Optional.empty() : Optional.of(s.workspace().history());
    }

    /** Names the steps on the items, or greys them out, from the file (read off the JavaFX thread). */
    private void refresh() {
        Session s = host.session();
        if (s == null) {
            undo.setDisable(true);
            redo.setDisable(true);
            return;
        }
        HistoryService h = s.workspace().history();
        s.tasks().read(() -> new Optional[] {h.undoable().map(st -> describe(h, st)),
                h.redoable().map(st -> describe(h, st))}, steps -> {
            label(undo, "menu.edit.undo", "menu.edit.undoStep", steps[0]);
            label(redo, "menu.edit.redo", "menu.edit.redoStep", steps[1]);
        });
    }

    private void label(MenuItem item, String plain, String named, Optional<?> step) {
        item.setDisable(step.isEmpty());
        item.setText(step.map(st -> i18n.tr(named, st)).orElse(i18n.tr(plain)));
    }

    /** The step in the user's words, from its recorded rows (reads the file: off the JavaFX thread). */
    private String describe(HistoryService h, UndoStep step) {
        return new StepText(i18n).label(h.ofStep(step.setId()));
    }

    private void undo() {
        run(HistoryService::undo, "status.undone", "status.nothingToUndo");
    }

    private void redo() {
        run(HistoryService::redo, "status.redone", "status.nothingToRedo");
    }

    private void run(java.util.function.Function<HistoryService, Optional<UndoStep>> action, String done,
                     String nothing) {
        Session s = host.session();
        if (s == null) {
            return;
        }
        host.flushEdits();
        HistoryService h = s.workspace().history();
        Supplier<Optional<String>> work = () -> action.apply(h).map(st -> describe(h, st));
        s.tasks().write(work::get, step -> {
            if (step.isPresent()) {
                host.status(i18n.tr(done, step.get()));
                host.reloadSection();
            } else {
                host.status(i18n.tr(nothing));
            }
        });
    }

    private void showTrash() {
        Session s = host.session();
        if (s != null) {
            host.flushEdits();
            TrashDialog.show(stage, s.tasks(), s.workspace().history(), s.workspace().units(), host::reloadSection);
        }
    }
}
