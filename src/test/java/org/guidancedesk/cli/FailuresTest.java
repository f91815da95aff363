package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.store.StoreException;
import org.junit.jupiter.api.Test;

/** What a command says when it fails: one sentence from the bundles, no raw codes, no unfilled slots. */
class FailuresTest {
    private final I18n zh = I18n.forLanguage("zh");
    private final I18n en = I18n.forLanguage("en");
    private final Path file = Path.of("/data/group.db");

    @Test
    void aValidationRefusalNamesTheFieldAndFillsItsArguments() {
        ValidationException e = new ValidationException("rectification.problem", "validation.tooLong", 200);
        assertEquals("问题描述：不能超过 200 个字", Failures.describe(zh, e));
        assertFalse(Failures.describe(en, e).contains("validation."), Failures.describe(en, e));
    }

    @Test
    void storeFailuresAreSentencesWithEverySlotFilled() {
        String readOnly = Failures.describe(zh, new StoreException(StoreException.Reason.READ_ONLY, file, null));
        assertEquals("数据文件是只读的，无法保存修改：" + file, readOnly);
        String full = Failures.describe(zh, new StoreException(StoreException.Reason.DISK_FULL, file,
                new SQLException("[SQLITE_FULL] database or disk is full")));
        assertTrue(full.startsWith("磁盘已满") && !full.contains("SQLITE_FULL") && !full.contains("DISK_FULL"), full);
        String io = Failures.describe(en, new StoreException(StoreException.Reason.IO, file, new IOException("bad sector")));
        assertTrue(io.contains("bad sector") && !io.contains("{1}"), io);
    }

    @Test
    void aFileInUseIsHeldByAnotherProgramNotAnotherWindow() {
        String zhText = Failures.describe(zh, new StoreException(StoreException.Reason.LOCKED, file, null));
        assertTrue(zhText.contains("另一个程序") && zhText.contains(file.toString()), zhText);
        String enText = Failures.describe(en, new StoreException(StoreException.Reason.LOCKED, file, null));
        assertTrue(enText.contains("another program"), enText);
    }

    @Test
    void aFullDiskWhileWritingAnExportSaysSo() {
        Path target = Path.of("/media/usb/台账.xlsx");
        CliFailure f = Failures.writing(target, new FileSystemException(target.toString(), null, "No space left on device"));
        assertEquals("无法写入 " + target + "：磁盘已满", Failures.describe(zh, f));
        CliFailure plain = Failures.writing(target, new IOException("No space left on device"));
        assertEquals("cannot write " + target + ": the disk is full", Failures.describe(en, plain));
    }
}
