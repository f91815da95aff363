package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.testing.ReadOnlyPlace;
import org.guidancedesk.testing.Settled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, on files that are not what they should be (issue 10, items 3–5
 * and 8): our file emptied or damaged past {@code quick_check} shows the damaged page with the
 * newest backup offered; another program's file is refused with nothing offered and not a byte
 * changed; a file in a read-only folder opens read-only.
 */
@ExtendWith(ApplicationExtension.class)
class HostileFilesWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    /** The window's database thread, to wait for what it queued. */
    private final FxUiExecutor executor = new FxUiExecutor();

    private MainWindow openWindow(Path file) throws Exception {
        return WindowFixture.open(dir, clock, file, executor);
    }

    private static void close(MainWindow window) throws Exception {
        WindowFixture.close(window);
    }

    /** A demo file with the day's backup in the data folder's backups, as the window makes it. */
    private Path demoWithBackup(String name) {
        Path file = dir.resolve(name);
        DemoCopies.copy(file, TODAY, clock);
        Workspace.open(file, clock, dir.resolve("backups")).close();
        return file;
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static String errorText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.OPEN_ERROR).tryQuery().isPresent());
        return robot.lookup("#" + Ids.OPEN_ERROR).queryAs(Label.class).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zero bytes", "duty flipped", "negative version", "missing table"})
    void ourFileDamagedPastQuickCheckShowsTheDamagedPageWithTheBackup(String damage, FxRobot robot) throws Exception {
        Path file = demoWithBackup("group.db");
        switch (damage) {
            case "zero bytes" -> Files.write(file, new byte[0]);
            case "duty flipped" -> {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                bytes[text.indexOf("DOCUMENTS") + 1] = (byte) 0xC3;
                Files.write(file, bytes);
            }
            case "negative version" -> sql(file, "PRAGMA user_version = -1");
            default -> sql(file, "DROP TABLE deadline");
        }
        byte[] before = Files.readAllBytes(file);
        MainWindow window = openWindow(file);
        String message = errorText(robot);
        assertTrue(message.contains(damage.equals("zero bytes") ? "是空的" : "损坏") && message.contains("group.db"), message);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backup-offer").tryQuery().isPresent());
        String offer = robot.lookup("#backup-offer").queryAs(Label.class).getText();
        assertTrue(offer.contains("中央第十八指导组"), offer);
        close(window);
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written over it");
    }

    @Test
    void damageFoundWhileTheFileIsOpenShowsTheDamagedPage(FxRobot robot) throws Exception {
        Path file = demoWithBackup("group.db");
        MainWindow window = openWindow(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery().isPresent());
        // The value a flipped byte would leave in a ledger row the window has not read yet.
        sql(file, "PRAGMA busy_timeout = 5000", "PRAGMA ignore_check_constraints = ON",
                "UPDATE rectification SET status = 'INXPROGRESS' WHERE status = 'IN_PROGRESS'");
        WaitForAsyncUtils.asyncFx(() -> window.show(SectionId.LEDGER)).get(5, TimeUnit.SECONDS);
        String message = errorText(robot);
        assertTrue(message.contains("损坏") && message.contains("group.db"), message);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backup-offer").tryQuery().isPresent());
        close(window);
    }

    @Test
    void anotherProgramsFileIsRefusedWithNothingOfferedAndNotAByteChanged(FxRobot robot) throws Exception {
        Path file = dir.resolve("notes.sqlite");
        sql(file, "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)", "INSERT INTO note (text) VALUES ('x')",
                "PRAGMA user_version = 3");
        byte[] before = Files.readAllBytes(file);
        MainWindow window = openWindow(file);
        String message = errorText(robot);
        assertTrue(message.contains("不是指导组工作台的数据文件"), message);
        // The search for a backup was queued with the message: once it has answered, no offer follows.
        Settled.after(executor);
        assertFalse(robot.lookup("#backup-offer").tryQuery().isPresent());
        assertFalse(robot.lookup("#backup-none").tryQuery().isPresent(), "no advice about backups of a file never ours");
        close(window);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(Path.of(file + "-wal")));
        assertFalse(Files.exists(Path.of(file + ".lock")));
    }

    @Test
    void aSoundFileInAReadOnlyFolderOpensReadOnly(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        DemoCopies.copy(file, TODAY, clock);
        try (ReadOnlyPlace place = ReadOnlyPlace.of(dir.resolve("ro"), file)) {
            MainWindow window = openWindow(place.file("demo.db"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery().isPresent());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".label").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.getText() != null && l.getText().contains("只读")));
            close(window);
        }
    }
}
