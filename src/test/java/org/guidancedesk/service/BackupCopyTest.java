package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.guidancedesk.store.StoreException;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 备份到…: a verified copy in a chosen folder, named after the file and the time, never replacing one. */
class BackupCopyTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T01:31:00Z"), ZONE);

    @TempDir
    Path dir;

    @Test
    void aCopyInTheChosenFolderIsNamedAfterTheFileAndTimeAndHoldsTheData() throws Exception {
        Path file = dir.resolve("工作台.db");
        Path stick = Files.createDirectory(dir.resolve("U盘"));
        BackupService backups = new BackupService(dir.resolve("backups"), CLOCK);
        try (Workspace ws = DemoCopies.open(file, java.time.LocalDate.of(2026, 12, 2), CLOCK)) {
            Path copy = backups.copyTo(file, stick);
            assertEquals(stick.resolve("工作台-20261202-0931.db"), copy);
            assertEquals(6, backups.summarize(copy).units());
            assertEquals(stick.resolve("工作台-20261202-0931-2.db"), backups.copyTo(file, stick), "never replaced");
            StoreException missing = assertThrows(StoreException.class, () -> backups.copyTo(file, dir.resolve("拔掉了")));
            assertEquals(StoreException.Reason.BACKUP_FOLDER_MISSING, missing.reason());
            assertEquals(dir.resolve("backups"), backups.folderOf(file).getParent());
        }
    }
}
