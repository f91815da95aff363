package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.store.StoreException;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.SyncUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import that fails at the last step: the wizard is told (not the window), and the wizard is no longer busy. */
class ImportModelFailureTest {
    @TempDir
    Path dir;

    @Test
    void anImportIntoAFileThatCannotBeWrittenGoesToTheWizardAndEndsBusy() throws Exception {
        DemoFixture demo = DemoFixture.open(dir);
        demo.close();
        List<Throwable> reported = new ArrayList<>();
        try (Workspace ws = Workspace.openReadOnly(dir.resolve("demo.db"), demo.clock())) {
            UiTasks tasks = new UiTasks(new SyncUiExecutor(), reported::add, I18n.forLanguage("zh"), demo.clock());
            LedgerViewModel vm = new LedgerViewModel(tasks, ws);
            vm.reload();
            vm.criteria().unitProperty().set(vm.units().get(0).id());
            Path file = dir.resolve("清单.csv");
            Files.writeString(file, "问题描述,整改时限,状态\r\n实验室安全检查流于形式,2026-12-20,整改中\r\n",
                    StandardCharsets.UTF_8);
            ImportModel model = vm.newImport();
            List<Throwable> failures = new ArrayList<>();
            model.read(file, () -> { }, failures::add);
            model.preview(() -> { });
            assertTrue(model.previewProperty().get().canImport(), () -> model.previewProperty().get().problems().toString());

            model.commit(saved -> { throw new AssertionError("imported into a read-only file"); }, failures::add);
            assertEquals(1, failures.size(), failures::toString);
            assertTrue(failures.get(0) instanceof StoreException, failures.get(0)::toString);
            assertFalse(model.busyProperty().get(), "the wizard's buttons work again");
            assertEquals("未保存：出现错误", tasks.statusProperty().get());
            assertEquals(List.of(), reported, "said in the wizard, not a second time by the window");
        }
    }
}
