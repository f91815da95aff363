package org.guidancedesk.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.BackupService;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** 备份与恢复: the backup folder shown and openable (its path copied where no file manager runs), 备份到… a folder. */
@ExtendWith(ApplicationExtension.class)
class BackupsDialogFxTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T01:31:00Z"), ZONE);

    @TempDir
    Path dir;

    private static Node lookup(String id) {
        return Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().lookup("#" + id)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    void theFolderIsShownItsPathCopiedWithoutAFileManagerAndACopyGoesToTheChosenFolder() throws Exception {
        Path file = dir.resolve("工作台.db");
        Path stick = Files.createDirectory(dir.resolve("U盘"));
        BackupService backups = new BackupService(dir.resolve("backups"), CLOCK);
        DemoCopies.copy(file, java.time.LocalDate.of(2026, 12, 2), CLOCK);
        FxUiExecutor executor = new FxUiExecutor();
        UiTasks tasks = new UiTasks(executor, e -> {
            throw new AssertionError(e);
        }, I18n.forLanguage("zh"), CLOCK);
        BackupsDialog[] dialog = new BackupsDialog[1];
        WaitForAsyncUtils.asyncFx(() -> dialog[0] = BackupsDialog.show(null, tasks, backups, file, null))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(BackupsDialog.FOLDER_ID) != null);
        Path folder = backups.folderOf(file);
        assertEquals("备份文件夹：" + folder, ((Label) lookup(BackupsDialog.FOLDER_ID)).getText());

        // The tests run headless: no file manager, so the path goes on the clipboard, said in the dialog.
        WaitForAsyncUtils.asyncFx(() -> ((Hyperlink) lookup(BackupsDialog.OPEN_FOLDER_ID)).fire()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ((Label) lookup(BackupsDialog.MESSAGE_ID)).getText().startsWith("无法打开文件管理器"));
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertEquals(folder.toString(), copied);

        WaitForAsyncUtils.asyncFx(() -> dialog[0].copyTo(stick)).get(5, TimeUnit.SECONDS);
        Path expected = stick.resolve("工作台-20261202-0931.db");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> ((Label) lookup(BackupsDialog.MESSAGE_ID)).getText().equals("已备份并校验：" + expected));
        assertTrue(Files.isRegularFile(expected));
        assertEquals(List.of(expected), Files.list(stick).toList(), "the copy and nothing else (no part left)");
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().toList().forEach(w -> ((javafx.stage.Stage) w).close()))
                .get(5, TimeUnit.SECONDS);
        executor.shutdown(5_000);
    }
}
