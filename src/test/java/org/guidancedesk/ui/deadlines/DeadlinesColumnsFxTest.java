package org.guidancedesk.ui.deadlines;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.TextWidths;
import org.guidancedesk.ui.UiTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In English on a 1280 px window: no header squeezed ("Respo…"), and a 迟报 state fits its column (issue 11, defect 10). */
@ExtendWith(ApplicationExtension.class)
class DeadlinesColumnsFxTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final I18n EN = I18n.forLanguage("en");

    @TempDir
    static Path folder;
    private static int runs;
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final List<Throwable> errors = new ArrayList<>();
    private final FxUiExecutor executor = new FxUiExecutor();
    private Workspace ws;

    @Start
    void start(Stage stage) {
        ws = DemoCopies.open(folder.resolve("columns" + (++runs) + ".db"), TODAY, clock);
        DeadlinesSection section = new DeadlinesSection(new UiTasks(executor, errors::add, EN, clock), ws);
        // The section's share of a 1280 px window (less the sidebar).
        stage.setScene(new Scene((javafx.scene.Parent) section.view(), 1100, 700));
        stage.show();
        section.reload();
    }

    @AfterEach
    void close() {
        executor.shutdown(5_000);
        ws.close();
        assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
    }

    @Test
    void everyHeaderIsWholeAndALateStateFitsOnItsLine(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#" + DeadlineStyles.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        for (TableColumn<?, ?> c : table.getColumns()) {
            double header = TextWidths.of(c.getText(), true);
            assertTrue(c.getWidth() >= header + 10, c.getText() + ": " + c.getWidth() + " < " + header);
        }
        TableColumn<?, ?> state = table.getColumns().get(table.getColumns().size() - 1);
        String late = EN.tr("deadlines.state.late", 12, EN.shortDate(LocalDate.of(2026, 12, 2)));
        assertTrue(state.getWidth() >= TextWidths.of(late, false) + 10, late + " in " + state.getWidth());
    }
}
