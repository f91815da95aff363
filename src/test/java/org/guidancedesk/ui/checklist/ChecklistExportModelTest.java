package org.guidancedesk.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.guidancedesk.tabular.RawTable;
import org.guidancedesk.tabular.TableReader;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist toolbar's 导出…: the file it writes and the line the status bar shows, without a toolkit. */
class ChecklistExportModelTest {
    @TempDir
    Path dir;

    @Test
    void exportWritesTheMatrixAndSaysWhatWasWritten() throws Exception {
        try (DemoFixture demo = DemoFixture.open(dir)) {
            ChecklistViewModel vm = new ChecklistViewModel(demo.tasks(), demo.workspace().checklist());
            assertEquals("规定动作落实情况-2026-11-24", vm.exportName());
            Path out = dir.resolve(vm.exportName() + ".csv");
            assertEquals("已导出规定动作落实情况（24 项 × 6 个单位）到 规定动作落实情况-2026-11-24.csv", vm.export(out));
            RawTable t = TableReader.read(out);
            assertEquals("规定动作和工作事项", t.rows().get(0).text(2));
            assertEquals("✔ 10月20日", t.rows().get(1).text(3));
        }
    }
}
