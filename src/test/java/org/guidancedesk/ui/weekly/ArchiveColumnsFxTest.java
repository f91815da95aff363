package org.guidancedesk.ui.weekly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

/** The archive in English: headers whole ("How", "Pages", not "Pa…"), and all but the file name in view (issue 11, defect 10). */
@ExtendWith(ApplicationExtension.class)
class ArchiveColumnsFxTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path folder;
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final List<Throwable> errors = new ArrayList<>();
    private final FxUiExecutor executor = new FxUiExecutor();
    private Workspace ws;

    @Start
    void start(Stage stage) {
        ws = DemoCopies.open(folder.resolve("archive.db"), TODAY, clock);
        WeeklySection section = new WeeklySection(new UiTasks(executor, errors::add, I18n.forLanguage("en"), clock),
                ReportServices.of(ws));
        Scene scene = new Scene((javafx.scene.Parent) section.view(), 1100, 700);
        scene.getStylesheets().add(org.guidancedesk.ui.MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
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
    void headersAreWholeAndTheShortColumnsAreInView(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#" + WeeklyIds.ARCHIVE).queryAs(TableView.class);
        double shown = 0;
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<?, ?> c = columns.get(i);
            double header = TextWidths.of(c.getText(), true);
            assertTrue(c.getWidth() >= header + 10, c.getText() + ": " + c.getWidth() + " < " + header);
            if (i < columns.size() - 1) {
                shown += c.getWidth();
            }
        }
        assertTrue(shown <= table.getWidth(), "week, time, how and pages: " + shown + " in " + table.getWidth());
    }
}
