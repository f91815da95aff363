package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.MainWindow;
import org.guidancedesk.ui.SectionId;
import org.guidancedesk.ui.UiState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless, on the demo: search, bulk status, the detail pane saving what is typed. */
@ExtendWith(ApplicationExtension.class)
class LedgerSectionFxTest {
    private final Clock clock = Clock.fixed(DemoFixture.TODAY.atTime(10, 0).atZone(DemoFixture.ZONE).toInstant(),
            DemoFixture.ZONE);

    @TempDir
    Path dir;

    private MainWindow open(Path file) throws Exception {
        if (!java.nio.file.Files.exists(file)) {
            try (Workspace ws = Workspace.open(file, clock)) {
                DemoData.write(ws, DemoFixture.TODAY);
            }
        }
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            UiState state = UiState.load(dir);
            state.setLastSection(SectionId.LEDGER.name());
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), state, new FxUiExecutor(), clock, dir);
            window[0].show();
            window[0].open(file);
        }).get(10, TimeUnit.SECONDS);
        return window[0];
    }

    /**
     * What the file holds, read once the window has let it go (it closes the file on its
     * database thread; until then the file is locked: one program per file).
     */
    private static List<Rectification> stored(Path file, Clock clock) throws Exception {
        List<Rectification> items = new java.util.ArrayList<>();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (Workspace ws = Workspace.open(file, clock)) {
                items.addAll(ws.ledger().items());
                return true;
            } catch (org.guidancedesk.store.StoreException e) {
                if (e.reason() != org.guidancedesk.store.StoreException.Reason.LOCKED) {
                    throw e;
                }
                return false;
            }
        });
        return items;
    }

    private static void close(MainWindow window) throws Exception {
        fx(() -> window.stage().close());
    }

    @SuppressWarnings("unchecked")
    private static TableView<LedgerRow> table(FxRobot robot) {
        return robot.lookup("#" + Ids.LEDGER_TABLE).queryAs(TableView.class);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void searchingNarrowsTheTableAndABulkChangeIsSaved(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        try (Workspace ws = Workspace.open(file, clock)) {
            DemoData.write(ws, DemoFixture.TODAY);
        }
        int total = stored(file, clock).size();
        int notStarted = (int) stored(file, clock).stream().filter(r -> r.status() == RectificationStatus.NOT_STARTED).count();
        MainWindow window = open(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.LEDGER_TABLE).tryQuery().isPresent()
                && table(robot).getItems().size() == total);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<LedgerRow> table = table(robot);
        Label counts = robot.lookup("#" + Ids.LEDGER_COUNT).queryAs(Label.class);
        assertEquals("共 " + total + " 项 · 逾期 4 项", counts.getText());
        // The first item is selected and shown in the detail pane.
        assertEquals(1, table.getSelectionModel().getSelectedItems().size());
        assertTrue(robot.lookup("#" + LedgerStyles.DETAIL_PROBLEM_ID).queryAs(TextArea.class).isVisible());

        // Light cells say what they show to a screen reader.
        Node overdueCell = robot.lookup("#" + Ids.LEDGER_TABLE + " .light-red").query();
        assertTrue(((TableCell<?, ?>) overdueCell).getAccessibleText().contains("✘ 逾期"),
                ((TableCell<?, ?>) overdueCell).getAccessibleText());

        // Ctrl+F puts the keyboard in the search field; typing narrows the table at once.
        fx(() -> table.requestFocus());
        fx(() -> window.stage().getScene().getAccelerators().get(
                new javafx.scene.input.KeyCodeCombination(KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN)).run());
        TextField search = robot.lookup("#" + Ids.LEDGER_SEARCH).queryAs(TextField.class);
        assertEquals(search, window.stage().getScene().getFocusOwner(), "Ctrl+F focuses the search");
        // Typed as a user types (key by key, each one filtering at once).
        for (String ch : new String[] {"电", "梯"}) {
            fx(() -> search.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false)));
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertTrue(counts.getText().contains("筛选后 2 项"), counts.getText());
        // The start-up notice (今日提醒) is a popup: while it shows, Escape goes to it and closes it.
        fx(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(javafx.stage.Window::hide));
        fx(() -> search.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));
        // Escape clears the search (the refiltering of every item is given time on a loaded machine)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == total);

        // 未启动 items, two selected, marked 整改中 from the toolbar.
        ComboBox<?> status = robot.lookup("#" + LedgerStyles.FILTER_STATUS_ID).queryAs(ComboBox.class);
        fx(() -> status.getSelectionModel().select(1));
        assertEquals(notStarted, table.getItems().size());
        List<Long> chosen = List.of(table.getItems().get(0).id(), table.getItems().get(1).id());
        fx(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 1);
        });
        MenuButton mark = robot.lookup("#" + Ids.LEDGER_MARK).queryAs(MenuButton.class);
        assertFalse(mark.isDisable());
        MenuItem inProgress = mark.getItems().get(RectificationStatus.IN_PROGRESS.ordinal());
        fx(inProgress::fire);
        // Re-read from the file: still listed (just changed), still selected.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .filter(r -> chosen.contains(r.id())).allMatch(r -> r.item().status() == RectificationStatus.IN_PROGRESS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getSelectionModel().getSelectedItems().size());
        assertEquals(notStarted, table.getItems().size());
        assertTrue(table.getSelectionModel().getSelectedItems().stream().allMatch(r -> chosen.contains(r.id())));

        close(window);
        assertTrue(stored(file, clock).stream().filter(r -> chosen.contains(r.id()))
                .allMatch(r -> r.status() == RectificationStatus.IN_PROGRESS));
    }

    @Test
    void whatIsTypedInTheDetailPaneIsSavedWhenTheSelectionMoves(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        MainWindow window = open(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.LEDGER_TABLE).tryQuery().isPresent()
                && !table(robot).getItems().isEmpty() && table(robot).getSelectionModel().getSelectedItem() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<LedgerRow> table = table(robot);
        long first = table.getItems().get(0).id();

        // Enter on the table puts the keyboard in the detail pane.
        fx(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
            table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        TextArea problem = robot.lookup("#" + LedgerStyles.DETAIL_PROBLEM_ID).queryAs(TextArea.class);
        assertEquals(problem, window.stage().getScene().getFocusOwner(), "Enter focuses the detail pane");

        TextField owner = robot.lookup("#" + LedgerStyles.DETAIL_OWNER_ID).queryAs(TextField.class);
        fx(() -> {
            owner.requestFocus();
            owner.setText("省委办公厅／张敏");
            measures(robot).setText("精简文件会议，推行无会周");
        });
        // The selection moves on before either field is confirmed: both are saved to the first item.
        fx(() -> table.getSelectionModel().clearAndSelect(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.id() == first && r.item().owner().equals("省委办公厅／张敏")
                        && r.item().measures().equals("精简文件会议，推行无会周")));
        assertEquals(table.getItems().get(1).item().owner(), owner.getText(), "the pane shows the second item");

        // A progress note added from the pane appears in the 最新进展 column.
        TextField note = robot.lookup("#" + LedgerStyles.NOTE_TEXT_ID).queryAs(TextField.class);
        long second = table.getItems().get(1).id();
        fx(() -> {
            note.setText("召开推进会");
            note.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.id() == second && r.latestText().equals("11月24日 召开推进会")));

        close(window);
        Rectification saved = stored(file, clock).stream().filter(r -> r.id() == first).findFirst().orElseThrow();
        assertEquals("省委办公厅／张敏", saved.owner());
        assertEquals("精简文件会议，推行无会周", saved.measures());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUnitStaysShownAfterASave(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        MainWindow window = open(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.LEDGER_TABLE).tryQuery().isPresent()
                && !table(robot).getItems().isEmpty() && table(robot).getSelectionModel().getSelectedItem() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<LedgerRow> table = table(robot);
        javafx.scene.control.ChoiceBox<org.guidancedesk.domain.Unit> unit = robot.lookup("#" + LedgerStyles.DETAIL_UNIT_ID)
                .queryAs(javafx.scene.control.ChoiceBox.class);
        LedgerRow first = table.getItems().get(0);
        assertEquals(first.unitName(), unit.getValue().name());

        // A saved edit re-reads the ledger: the unit choice still shows the item's unit.
        TextField owner = robot.lookup("#" + LedgerStyles.DETAIL_OWNER_ID).queryAs(TextField.class);
        fx(() -> {
            owner.setText("省委办公厅／张敏");
            owner.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.id() == first.id() && r.item().owner().equals("省委办公厅／张敏")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.unitName(), unit.getValue() == null ? null : unit.getValue().name(), "the unit stays shown");
        close(window);
    }

    @Test
    void theCountAndThePanesNoteFollowTheSelection(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        MainWindow window = open(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.LEDGER_TABLE).tryQuery().isPresent()
                && !table(robot).getItems().isEmpty() && table(robot).getSelectionModel().getSelectedItem() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<LedgerRow> table = table(robot);

        // Four rows selected: the footer says four, and the pane says which one it shows.
        fx(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 1, 2, 3);
        });
        Label count = robot.lookup("#" + LedgerStyles.SELECTED_COUNT_ID).queryAs(Label.class);
        assertEquals("已选 4 项", count.getText());
        Label note = robot.lookup("#" + LedgerStyles.SELECTION_NOTE_ID).queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().contains(table.getItems().get(3).code()), note.getText());
        fx(() -> table.getSelectionModel().clearAndSelect(2));
        assertEquals("", count.getText());
        assertFalse(note.isVisible());
        close(window);
    }

    @Test
    void showingAnItemAndMovingThroughItsFieldsWritesNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        Rectification imported;
        try (Workspace ws = Workspace.open(file, clock)) {
            DemoData.write(ws, DemoFixture.TODAY);
            long unit = ws.units().units().get(0).id();
            // As an import leaves it: 已完成 with no 完成时间, line breaks a text field cannot show.
            imported = ws.ledger().add(Rectification.builder(org.guidancedesk.domain.Ledger.RECTIFY, unit,
                            DemoFixture.TODAY.minusDays(30)).problem("会议多\r\n文件多").leader("张三\n李四")
                    .due(DemoFixture.TODAY.plusDays(20)).rawStatus(RectificationStatus.COMPLETED).build()).item();
        }
        MainWindow window = open(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.LEDGER_TABLE).tryQuery().isPresent()
                && table(robot).getItems().stream().anyMatch(r -> r.id() == imported.id()));
        TableView<LedgerRow> table = table(robot);
        fx(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.id() == imported.id())
                    .findFirst().orElseThrow());
        });
        // Every field of the pane focused in turn and left; then what opening a dialog does.
        List<Node> fields = robot.lookup("#" + Ids.LEDGER_DETAILS + " .text-input").queryAll().stream()
                .filter(Node::isVisible).toList();
        assertTrue(fields.size() >= 8, "fields: " + fields.size());
        for (Node f : fields) {
            fx(f::requestFocus);
        }
        fx(table::requestFocus);
        // What opening a dialog does (the unsaved typing saved first), and leaving the section.
        fx(() -> window.show(SectionId.OVERVIEW));
        fx(() -> window.show(SectionId.LEDGER));
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS); // longer than the pane's typing pause: whatever it would write, it has
        WaitForAsyncUtils.waitForFxEvents();
        close(window);

        Rectification after = stored(file, clock).stream().filter(r -> r.id() == imported.id()).findFirst().orElseThrow();
        assertEquals(imported, after, "showing the item wrote nothing");
        try (Workspace ws = Workspace.open(file, clock)) {
            assertEquals(1, ws.history().ofLedgerItem(imported.id()).size(), "only the item's addition is recorded");
        }
    }

    @Test
    void quickAddWith立行立改GivesADateWithinItsThirtyDaysAndOffersNoPassedNode(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        java.time.LocalDate today = DemoFixture.TODAY;
        try (Workspace ws = Workspace.open(file, clock)) {
            DemoData.write(ws, DemoFixture.TODAY);
            ws.ledger().setMilestones(List.of(today.minusDays(10), today.plusDays(20), today.plusDays(200)));
        }
        MainWindow window = open(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.LEDGER_TABLE).tryQuery().isPresent()
                && !table(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + Ids.LEDGER_ADD);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = dialog(robot);
        List<javafx.scene.control.ToggleButton> nodes = robot.from(dialog.getScene().getRoot()).lookup(".toggle-button")
                .queryAllAs(javafx.scene.control.ToggleButton.class).stream().toList();
        List<String> texts = nodes.stream().map(javafx.scene.control.ToggleButton::getText).toList();
        assertFalse(texts.contains("11月14日"), "a passed node is not offered: " + texts);
        assertTrue(texts.contains("12月14日"), texts.toString());

        javafx.scene.control.ToggleButton immediate = nodes.stream().filter(b -> b.getText().equals("立行立改"))
                .findFirst().orElseThrow();
        robot.clickOn(immediate);
        javafx.scene.control.DatePicker due = robot.from(dialog.getScene().getRoot()).lookup(".date-picker")
                .queryAs(javafx.scene.control.DatePicker.class);
        assertEquals(today.plusDays(20), due.getValue(), "the next node, within 30 days");
        robot.clickOn("#" + QuickAddDialog.PROBLEM_ID).write("会风文风不实");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
                .anyMatch(r -> !r.isHeading() && r.item().problem().equals("会风文风不实")));
        LedgerRow added = table(robot).getItems().stream()
                .filter(r -> !r.isHeading() && r.item().problem().equals("会风文风不实")).findFirst().orElseThrow();
        assertEquals(org.guidancedesk.domain.LedgerNode.IMMEDIATE, added.item().node());
        assertTrue(added.warnings().isEmpty(), "no warning about its own date: " + added.warnings());
        close(window);
    }

    @Test
    void withNoNodeNear立行立改IsDueThirtyDaysOn(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        java.time.LocalDate today = DemoFixture.TODAY;
        try (Workspace ws = Workspace.open(file, clock)) {
            DemoData.write(ws, DemoFixture.TODAY);
            ws.ledger().setMilestones(List.of(today.plusDays(200)));
        }
        MainWindow window = open(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.LEDGER_TABLE).tryQuery().isPresent()
                && !table(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + Ids.LEDGER_ADD);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = dialog(robot);
        javafx.scene.control.DatePicker due = robot.from(dialog.getScene().getRoot()).lookup(".date-picker")
                .queryAs(javafx.scene.control.DatePicker.class);
        assertEquals(today.plusDays(200), due.getValue(), "限期: the next node");
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup(".toggle-button")
                .match((javafx.scene.control.ToggleButton b) -> b.getText().equals("立行立改"))
                .queryAs(javafx.scene.control.ToggleButton.class));
        assertEquals(today.plusDays(30), due.getValue());
        robot.type(KeyCode.ESCAPE);
        close(window);
    }

    /** The dialog shown last (not a tooltip's popup). */
    private static javafx.stage.Window dialog(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane).reduce((a, b) -> b).orElseThrow();
    }

    private static TextArea measures(FxRobot robot) {
        List<TextArea> areas = robot.lookup("#" + Ids.LEDGER_DETAILS + " .text-area").queryAllAs(TextArea.class)
                .stream().toList();
        return areas.get(1);
    }
}
