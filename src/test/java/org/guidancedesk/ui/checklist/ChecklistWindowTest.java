package org.guidancedesk.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
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

/** The matrix in the real window, headless: the done date at the tick, the un-tick question, the headers. */
@ExtendWith(ApplicationExtension.class)
class ChecklistWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String LONG_NAME = "东江省南山县人民政府办公室机关党委工作委员会";
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    private MainWindow openWindow(FxRobot robot, Path file) throws Exception {
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            UiState state = UiState.load(dir);
            state.setLastSection(SectionId.CHECKLIST.name());
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), state, new FxUiExecutor(), clock, dir);
            window[0].show();
            window[0].open(file);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    private static void close(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(10, TimeUnit.SECONDS);
    }

    private Path demo(java.util.function.Consumer<Workspace> more) {
        Path file = dir.resolve("demo.db");
        try (Workspace ws = DemoCopies.open(file, TODAY, clock)) {
            more.accept(ws);
        }
        return file;
    }

    private Checklist load(Path file) {
        try (Workspace ws = Workspace.open(file, clock)) {
            return ws.checklist().load();
        }
    }

    /** The first untouched cell of 南山县 (the last demo unit), as a key. */
    private static RecordKey untouchedOfCounty(Workspace ws) {
        Checklist c = ws.checklist().load();
        Unit county = c.units().stream().filter(u -> u.name().equals("南山县")).findFirst().orElseThrow();
        return c.unitActions().stream().map(a -> new RecordKey(a.id(), county.id()))
                .filter(k -> !c.records().containsKey(k)).findFirst().orElseThrow();
    }

    private static String nameOf(Checklist c, RecordKey key) {
        String unit = c.units().stream().filter(u -> u.id() == key.unitId()).findFirst().orElseThrow().name();
        String action = c.unitActions().stream().filter(a -> a.id() == key.actionId()).findFirst().orElseThrow().title();
        return unit + "，" + action;
    }

    private static java.util.Optional<TableCell<?, ?>> cellNamed(FxRobot robot, String name) {
        return robot.lookup("#" + Ids.MATRIX + " .table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && c.getAccessibleText() != null
                        && c.getAccessibleText().startsWith(name + "："))
                .tryQuery();
    }

    private static void waitForCell(FxRobot robot, String name, String textPrefix) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellNamed(robot, name)
                .map(c -> c.getText() != null && c.getText().startsWith(textPrefix)).orElse(false));
    }

    /** Selects the cells (the first one focused), as Ctrl+click would. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(FxRobot robot, List<String> names) throws Exception {
        TableView table = robot.lookup("#" + Ids.MATRIX).queryAs(TableView.class);
        for (String name : names) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.asyncFx(() -> cellNamed(robot, name).ifPresent(c -> table.scrollToColumn(c.getTableColumn())))
                        .get(5, TimeUnit.SECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                return cellNamed(robot, name).isPresent();
            });
        }
        WaitForAsyncUtils.asyncFx(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            for (String name : names) {
                TableCell<?, ?> c = cellNamed(robot, name).orElseThrow();
                table.getSelectionModel().select(c.getIndex(), (TableColumn) c.getTableColumn());
            }
            TableCell<?, ?> first = cellNamed(robot, names.get(0)).orElseThrow();
            table.getFocusModel().focus(first.getIndex(), (TableColumn) first.getTableColumn());
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void press(Node target, KeyCode key, boolean shift) throws Exception {
        String text = key == KeyCode.SPACE ? " " : key == KeyCode.ENTER ? "\r" : "";
        WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(target,
                new KeyEvent(KeyEvent.KEY_PRESSED, text, text, key, shift, false, false, false))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node focusOwner(MainWindow window) {
        return window.stage().getScene().getFocusOwner();
    }

    @Test
    void aTickRedrawsItsCellAndTheFootInPlaceWithoutMakingTheMatrixAnew(FxRobot robot) throws Exception {
        RecordKey[] key = new RecordKey[1];
        Path file = demo(ws -> key[0] = untouchedOfCounty(ws));
        String name = nameOf(load(file), key[0]);
        MainWindow window = openWindow(robot, file);
        waitForCell(robot, name, "○");
        TableCell<?, ?> ticked = cellNamed(robot, name).orElseThrow();
        java.util.Set<Node> before = robot.lookup("#" + Ids.MATRIX + " .table-cell").queryAll().stream()
                .collect(java.util.stream.Collectors.toCollection(
                        () -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
        String footBefore = footText(robot);

        select(robot, List.of(name));
        press(focusOwner(window), KeyCode.SPACE, false);
        waitForCell(robot, name, "✔");

        assertTrue(ticked == cellNamed(robot, name).orElseThrow(), "the same cell shows the tick");
        assertTrue(robot.lookup("#" + Ids.MATRIX + " .table-cell").queryAll().stream().allMatch(before::contains),
                "no cell was made anew");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !footText(robot).equals(footBefore));
        close(window);
        assertEquals(ActionStatus.DONE, load(file).record(key[0]).status());
    }

    /** The completion column's figure in the matrix's foot row. */
    private static String footText(FxRobot robot) {
        return robot.lookup("#" + Ids.MATRIX + " .completion-cell")
                .match(n -> n instanceof TableCell<?, ?> c && c.getItem() instanceof MatrixRow.TotalRow)
                .queryAs(TableCell.class).getText();
    }

    @Test
    void shiftSpaceAsksTheDoneDateStartingOnThePlannedDayAndEnterSavesIt(FxRobot robot) throws Exception {
        LocalDate planned = LocalDate.of(2026, 11, 20);
        RecordKey[] key = new RecordKey[1];
        Path file = demo(ws -> {
            key[0] = untouchedOfCounty(ws);
            ws.checklist().save(new ActionRecord(key[0], ActionStatus.SCHEDULED, planned, null, Set.of(), ""));
        });
        String name = nameOf(load(file), key[0]);
        MainWindow window = openWindow(robot, file);
        waitForCell(robot, name, "✘ 11/20"); // overdue, with the date it was planned for
        assertTrue(cellNamed(robot, name).orElseThrow().getAccessibleText().contains("11月20日"));

        select(robot, List.of(name));
        press(focusOwner(window), KeyCode.SPACE, true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + DoneDatePrompt.DATE_ID).tryQuery().isPresent());
        DatePicker date = robot.lookup("#" + DoneDatePrompt.DATE_ID).queryAs(DatePicker.class);
        assertEquals(planned, date.getValue(), "the prompt starts on the planned day");
        press(date.getEditor(), KeyCode.ENTER, false);

        waitForCell(robot, name, "✔ 11/20");
        close(window);
        assertEquals(planned, load(file).record(key[0]).done());
    }

    @Test
    void severalSelectedCellsAreMarkedDoneOnATypedDateFromTheSidePanel(FxRobot robot) throws Exception {
        RecordKey[] keys = new RecordKey[2];
        Path file = demo(ws -> {
            keys[0] = untouchedOfCounty(ws);
            ws.checklist().save(new ActionRecord(keys[0], ActionStatus.NOT_SCHEDULED, null, null, Set.of(), "补记"));
            keys[1] = untouchedOfCounty(ws);
        });
        Checklist before = load(file);
        List<String> names = List.of(nameOf(before, keys[0]), nameOf(before, keys[1]));
        MainWindow window = openWindow(robot, file);

        select(robot, names);
        // Space on several cells cannot mean one tick for all: it asks the date too. Cancelled here.
        press(focusOwner(window), KeyCode.SPACE, false);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + DoneDatePrompt.ID).tryQuery().isPresent());
        DialogPane asked = robot.lookup("#" + DoneDatePrompt.ID).queryAs(DialogPane.class);
        WaitForAsyncUtils.asyncFx(() -> ((Button) asked.lookupButton(asked.getButtonTypes().get(1))).fire())
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + DoneDatePrompt.ID).tryQuery().isEmpty());
        assertTrue(cellNamed(robot, names.get(1)).orElseThrow().getText().startsWith("○"), "cancel marks nothing");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + ChecklistView.MARK_DONE_BUTTON).tryQuery()
                .map(Node::isVisible).orElse(false));
        Button mark = robot.lookup("#" + ChecklistView.MARK_DONE_BUTTON).queryAs(Button.class);
        assertTrue(mark.getTooltip().getText().contains("Shift+空格"), "the key is told where the button is");
        WaitForAsyncUtils.asyncFx(mark::fire).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + DoneDatePrompt.DATE_ID).tryQuery().isPresent());
        DialogPane prompt = robot.lookup("#" + DoneDatePrompt.ID).queryAs(DialogPane.class);
        assertTrue(prompt.getHeaderText().contains("已选 2 个单元格"), prompt.getHeaderText());
        DatePicker date = robot.lookup("#" + DoneDatePrompt.DATE_ID).queryAs(DatePicker.class);
        WaitForAsyncUtils.asyncFx(() -> date.getEditor().setText("2026-11-25")).get(5, TimeUnit.SECONDS);
        press(date.getEditor(), KeyCode.ENTER, false);
        assertTrue(robot.lookup("#" + DoneDatePrompt.ID + " .error-text").queryAs(Label.class).getText().contains("完成日期"),
                "tomorrow is refused in place");
        WaitForAsyncUtils.asyncFx(() -> date.getEditor().setText("2026-10-20")).get(5, TimeUnit.SECONDS);
        press(date.getEditor(), KeyCode.ENTER, false);

        waitForCell(robot, names.get(0), "✔ 10/20");
        waitForCell(robot, names.get(1), "✔ 10/20");
        close(window);
        Checklist after = load(file);
        assertEquals(LocalDate.of(2026, 10, 20), after.record(keys[0]).done());
        assertEquals("补记", after.record(keys[0]).note(), "the note is kept");
        assertEquals(LocalDate.of(2026, 10, 20), after.record(keys[1]).done());
    }

    @Test
    void aClickOnADoneCellWithAttendeesAsksBeforeUnTicking(FxRobot robot) throws Exception {
        RecordKey[] key = new RecordKey[1];
        Path file = demo(ws -> {
            key[0] = untouchedOfCounty(ws);
            long member = ws.groups().members().get(1).id();
            ws.checklist().save(new ActionRecord(key[0], ActionStatus.DONE, null, LocalDate.of(2026, 11, 18),
                    Set.of(member), ""));
        });
        String name = nameOf(load(file), key[0]);
        MainWindow window = openWindow(robot, file);
        waitForCell(robot, name, "✔ 11/18");
        select(robot, List.of(name));

        press(focusOwner(window), KeyCode.SPACE, false);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + ChecklistView.UNTICK_QUESTION).tryQuery().isPresent());
        DialogPane question = robot.lookup("#" + ChecklistView.UNTICK_QUESTION).queryAs(DialogPane.class);
        assertTrue(question.getHeaderText().contains("南山县"), question.getHeaderText());
        Button keep = (Button) question.getButtonTypes().stream().map(question::lookupButton)
                .filter(b -> ((Button) b).getText().equals("保留完成")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(keep::fire).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cellNamed(robot, name).orElseThrow().getText().startsWith("✔ 11/18"), "kept");

        press(focusOwner(window), KeyCode.SPACE, false);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + ChecklistView.UNTICK_QUESTION).tryQuery().isPresent());
        DialogPane again = robot.lookup("#" + ChecklistView.UNTICK_QUESTION).queryAs(DialogPane.class);
        press(again, KeyCode.ENTER, false); // keeping the tick is the default answer
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cellNamed(robot, name).orElseThrow().getText().startsWith("✔ 11/18"), "Enter kept it");

        press(focusOwner(window), KeyCode.SPACE, false);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + ChecklistView.UNTICK_QUESTION).tryQuery().isPresent());
        DialogPane third = robot.lookup("#" + ChecklistView.UNTICK_QUESTION).queryAs(DialogPane.class);
        Button untick = (Button) third.getButtonTypes().stream().map(third::lookupButton)
                .filter(b -> ((Button) b).getText().equals("取消勾选")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(untick::fire).get(5, TimeUnit.SECONDS);
        waitForCell(robot, name, "○");
        close(window);
        ActionRecord after = load(file).record(key[0]);
        assertEquals(ActionStatus.NOT_SCHEDULED, after.status());
        assertEquals(1, after.attendeeIds().size(), "attendance kept");
    }

    @Test
    void aLongUnitNameTakesTwoHeaderLinesAtMostWithTheWholeNameInItsTooltip(FxRobot robot) throws Exception {
        Path file = demo(ws -> ws.units().add(new Unit(0, LONG_NAME, UnitKind.COUNTY, "", "", 7)));
        MainWindow window = openWindow(robot, file);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX + " .column-header .label")
                .match(n -> n instanceof Label l && LONG_NAME.equals(l.getText())).tryQuery().isPresent());
        Label header = robot.lookup("#" + Ids.MATRIX + " .column-header .label")
                .match(n -> n instanceof Label l && LONG_NAME.equals(l.getText())).queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();

        double shownIn = ((javafx.scene.layout.Region) header.getParent()).getHeight();
        assertTrue(shownIn >= header.getHeight() - 0.5, "the header row gives the lines room: " + shownIn);
        Text twoLines = new Text("国\n国");
        twoLines.setFont(header.getFont());
        double limit = twoLines.getLayoutBounds().getHeight() + 3;
        assertTrue(header.getHeight() <= limit, "header " + header.getHeight() + " px high, two lines are " + limit);
        Text shown = (Text) header.lookup(".text");
        assertTrue(shown.getText().endsWith("…"), "elided: " + shown.getText());
        assertEquals(LONG_NAME, header.getTooltip().getText());
        close(window);
    }

    @Test
    void theCellUnderTheMouseTellsItsStateInTheOneHoverTooltip(FxRobot robot) throws Exception {
        Path file = demo(ws -> { });
        MainWindow window = openWindow(robot, file);
        List<TableCell<?, ?>> cells = robot.lookup("#" + Ids.MATRIX + " .table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && c.getAccessibleText() != null
                        && c.getAccessibleText().contains("："))
                .queryAllAs(TableCell.class).stream().<TableCell<?, ?>>map(c -> c).limit(2).toList();
        assertEquals(2, cells.size());
        for (TableCell<?, ?> cell : cells) {
            robot.moveTo(cell);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip().equals(cell.getAccessibleText()));
        }
        close(window);
    }

    private static String shownTooltip() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElse("");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void theScopeTogglesSwitchBetweenUnitsAndTheGroupsOwnItemsAndOneStaysOn(FxRobot robot) throws Exception {
        MainWindow window = openWindow(robot, demo(ws -> { }));
        TableView table = robot.lookup("#" + Ids.MATRIX).queryAs(TableView.class);
        javafx.scene.control.ToggleButton units = robot.lookup("#" + Ids.SCOPE_UNITS).queryAs(javafx.scene.control.ToggleButton.class);
        javafx.scene.control.ToggleButton group = robot.lookup("#" + Ids.SCOPE_GROUP).queryAs(javafx.scene.control.ToggleButton.class);
        I18n zh = I18n.forLanguage("zh");

        robot.clickOn(group);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> zh.tr("checklist.column.item")
                .equals(((TableColumn<?, ?>) table.getColumns().get(0)).getText()));
        robot.clickOn(group);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(group.isSelected() && !units.isSelected(), "clicking the chosen one again keeps it");
        robot.clickOn(units);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> zh.tr("checklist.column.action")
                .equals(((TableColumn<?, ?>) table.getColumns().get(0)).getText()));
        close(window);
    }
}
