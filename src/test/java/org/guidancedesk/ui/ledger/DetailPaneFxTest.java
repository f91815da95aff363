package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.QueuedUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The section's view on the demo, its database work held back by a queued executor: what the
 * user typed survives a save's answer and a read (no focus decides it), and the table keeps
 * the model's selection through a sort and its widths once the user set one.
 */
@ExtendWith(ApplicationExtension.class)
class DetailPaneFxTest {
    @TempDir
    Path dir;
    private DemoFixture demo;
    private final QueuedUiExecutor queue = new QueuedUiExecutor();
    private final List<Throwable> errors = new ArrayList<>();
    private LedgerViewModel vm;
    private LedgerView view;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        demo = DemoFixture.open(dir);
        vm = new LedgerViewModel(new UiTasks(queue, errors::add, I18n.forLanguage("zh"), demo.clock()), demo.workspace());
        fx(() -> {
            view = new LedgerView(vm, I18n.forLanguage("zh"));
            stage = new Stage();
            stage.setScene(new Scene((Parent) view.view(), 1280, 760));
            stage.show();
            vm.reload();
            queue.runAll();
        });
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> stage.close());
        demo.close();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<LedgerRow> table() {
        return (TableView<LedgerRow>) view.view().lookup("#" + Ids.LEDGER_TABLE);
    }

    private TextField owner() {
        return (TextField) view.view().lookup("#" + LedgerStyles.DETAIL_OWNER_ID);
    }

    private TextArea measures() {
        return (TextArea) view.view().lookupAll("#" + Ids.LEDGER_DETAILS + " .text-area").stream().toList().get(1);
    }

    private Rectification stored(long id) {
        return demo.workspace().ledger().items().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void whatIsTypedStaysThroughASavesAnswerAndARead() throws Exception {
        long id = vm.selection().currentProperty().get().id();
        fx(() -> {
            owner().setText("省委办公厅");
            owner().fireEvent(new ActionEvent());     // Enter: the save goes to the database thread…
            owner().setText("省委办公厅／张敏");       // …and the user types on before it answers
            measures().setText("精简文件会议");        // (a text area waits for a pause in typing)
            queue.runAll();
        });
        assertEquals("省委办公厅", stored(id).owner());
        assertEquals("省委办公厅／张敏", owner().getText(), "the save's answer leaves what was typed since");
        assertEquals("精简文件会议", measures().getText());

        // A read arrives (another section's change): the fields the user left show it, the others keep the typing.
        Rectification elsewhere = stored(id).toBuilder().leader("李明").build();
        demo.workspace().ledger().update(elsewhere);
        fx(() -> {
            vm.reload();
            queue.runAll();
        });
        TextField leader = (TextField) view.view().lookupAll("#" + Ids.LEDGER_DETAILS + " .text-field").stream()
                .filter(n -> "李明".equals(((TextField) n).getText())).findFirst().orElse(null);
        assertTrue(leader != null, "the leader changed elsewhere is shown");
        assertEquals("省委办公厅／张敏", owner().getText());
        assertEquals("精简文件会议", measures().getText());

        // Leaving the section saves the rest: exactly the fields typed in.
        fx(() -> {
            view.flush();
            queue.runAll();
        });
        Rectification saved = stored(id);
        assertEquals("省委办公厅／张敏", saved.owner());
        assertEquals("精简文件会议", saved.measures());
        assertEquals("李明", saved.leader(), "the other write is not undone");
    }

    @Test
    void sortingByAColumnKeepsTheSelectionAndTheItemShown() throws Exception {
        TableView<LedgerRow> table = table();
        fx(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 2, 3);
        });
        Set<Long> chosen = table.getSelectionModel().getSelectedItems().stream().map(LedgerRow::id).collect(Collectors.toSet());
        long shown = vm.selection().currentProperty().get().id();
        long firstBefore = table.getItems().get(0).id();

        TableColumn<LedgerRow, ?> code = table.getColumns().stream().filter(c -> c.getText().equals("编号"))
                .findFirst().orElseThrow();
        fx(() -> {
            code.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(code));
        });
        assertTrue(table.getItems().get(0).id() != firstBefore, "the rows were sorted anew");
        assertEquals(chosen, table.getSelectionModel().getSelectedItems().stream().map(LedgerRow::id)
                .collect(Collectors.toSet()), "the same rows selected");
        assertEquals(chosen, Set.copyOf(vm.selection().ids()));
        assertEquals(shown, table.getSelectionModel().getSelectedItem().id());
        assertEquals(shown, vm.details().itemProperty().get().id(), "the pane shows the same item");
    }

    @Test
    void aColumnTheUserResizedKeepsItsWidth() throws Exception {
        TableView<LedgerRow> table = table();
        TableColumn<LedgerRow, ?> problem = table.getColumns().stream().filter(c -> c.getText().equals("问题描述"))
                .findFirst().orElseThrow();
        // (The headless screen is 1280 px wide: the window stays within it.)
        fx(() -> stage.setWidth(1100));
        double before = problem.getWidth();
        fx(() -> stage.setWidth(1200));
        assertTrue(problem.getWidth() > before, "while the widths are the defaults, the problem takes the room");

        fx(() -> table.resizeColumn(problem, -60));
        double mine = problem.getWidth();
        fx(() -> stage.setWidth(1270));
        assertEquals(mine, problem.getWidth(), 0.01, "the user's width stays");
    }
}
