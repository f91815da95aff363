package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ImportPreview;
import org.guidancedesk.service.LedgerColumn;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's model and the export on the demo, with no toolkit. */
class ImportExportModelTest {
    @TempDir
    Path dir;
    private DemoFixture demo;
    private LedgerViewModel vm;

    @BeforeEach
    void openDemo() {
        demo = DemoFixture.open(dir);
        vm = new LedgerViewModel(demo.tasks(), demo.workspace());
        vm.reload();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private Path csv(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private ImportModel read(Path file) {
        ImportModel model = vm.newImport();
        List<Throwable> failures = new ArrayList<>();
        boolean[] read = {false};
        model.read(file, () -> read[0] = true, failures::add);
        assertTrue(read[0], () -> "not read: " + failures);
        return model;
    }

    @Test
    void theMappingIsProposedAndAProblemIsNamedByRowAndColumn() throws Exception {
        Path file = csv("东江省问题清单.csv",
                "序号,单位,问题描述,整改措施,责任单位/责任人,整改时限,完成情况,联系人",
                "1,东江省,会议材料层层加码,精简材料,省委办公厅,2026-12-31,整改中,王",
                "2,东江省,调研扎堆,统筹调研计划,省委办公厅,2026-13-45,未启动,李");
        ImportModel model = read(file);
        assertEquals(LedgerColumn.SERIAL, model.column(0));
        assertEquals(LedgerColumn.UNIT, model.column(1));
        assertEquals(LedgerColumn.PROBLEM, model.column(2));
        assertEquals(LedgerColumn.OWNER, model.column(4));
        assertEquals(LedgerColumn.DUE, model.column(5));
        assertEquals(LedgerColumn.STATUS, model.column(6));
        assertNull(model.column(7), "联系人 is not a ledger field");
        assertTrue(model.hasUnitColumn());
        assertTrue(model.missing().isEmpty());

        model.preview(() -> { });
        ImportPreview p = model.previewProperty().get();
        assertFalse(p.canImport());
        assertEquals(1, p.problems().size());
        String line = p.problems().get(0).describe(demo.tasks().i18n());
        assertTrue(line.startsWith("第 3 行 · 整改时限（F 列）："), line);

        // Mapping 问题描述 to another column moves it; none left is said so before any preview.
        model.setColumn(3, LedgerColumn.PROBLEM);
        assertNull(model.column(2));
        assertNull(model.previewProperty().get(), "a changed mapping needs a new preview");
        model.setColumn(3, null);
        assertEquals(List.of(LedgerColumn.PROBLEM), model.missing());
        // Two columns may both fill 责任部门/责任人.
        model.setColumn(7, LedgerColumn.OWNER);
        assertEquals(LedgerColumn.OWNER, model.column(4));
        assertEquals(LedgerColumn.OWNER, model.column(7));
        // Every field has its name in both languages (the mapping's combo).
        for (String tag : I18n.LANGUAGES) {
            I18n i18n = I18n.forLanguage(tag);
            for (LedgerColumn c : LedgerColumn.values()) {
                assertTrue(i18n.has("ledger.import.field." + c.name()), tag + ": " + c);
            }
        }
    }

    @Test
    void aCleanFileIsImportedAndItsItemsAreSelected() throws Exception {
        long unitId = vm.units().stream().filter(u -> u.name().equals("江城大学")).findFirst().orElseThrow().id();
        vm.criteria().unitProperty().set(unitId);
        vm.criteria().textProperty().set("不会匹配导入事项的词");
        Path file = csv("清单.csv",
                "问题描述,整改措施,责任部门,整改时限,状态",
                "实验室安全检查流于形式,建立实验室安全责任清单,实验室处,2026-12-20,整改中",
                "研究生导师考核不严,修订导师考核办法,研究生院,2027-03-31,未启动");
        ImportModel model = read(file);
        assertFalse(model.hasUnitColumn());
        assertEquals(unitId, model.unitIdProperty().get(), "the filter's unit is the default");
        assertEquals(Ledger.RECTIFY, model.ledgerProperty().get());
        model.preview(() -> { });
        assertTrue(model.previewProperty().get().canImport(), () -> model.previewProperty().get().problems().toString());

        int before = vm.list().total();
        List<Rectification> imported = new ArrayList<>();
        model.commit(r -> imported.addAll(r.all()), e -> { throw new AssertionError(e); });
        assertEquals(2, imported.size());
        assertEquals(before + 2, vm.list().total());
        assertEquals(imported.stream().map(Rectification::id).toList(), vm.selection().ids());
        assertEquals(imported.get(0).id(), vm.selection().currentProperty().get().id());
        assertTrue(vm.list().rows().stream().filter(r -> !r.isHeading()).map(LedgerRow::id).toList()
                .containsAll(vm.selection().ids()), "listed although the search does not match them");
        assertEquals("已导入 2 项", vm.noticeProperty().get());
        assertTrue(demo.workspace().ledger().imports().stream().anyMatch(i -> i.fileName().equals("清单.csv")));
    }

    @Test
    void rowsWithProblemsCanBeLeftOutAndTakenBack() throws Exception {
        vm.criteria().unitProperty().set(vm.units().get(0).id());
        Path file = csv("带脚注.csv",
                "问题描述,整改时限,状态",
                "公文办理时限过长,2026-12-20,整改中",
                "会议通知下发过晚,明年6月,整改中",
                "填表人：李明,,");
        ImportModel model = read(file);
        model.preview(() -> { });
        assertEquals(java.util.List.of(3, 4), List.copyOf(model.problemRows()));
        assertFalse(model.previewProperty().get().canImport());

        model.skipProblemRows(() -> { });
        assertTrue(model.previewProperty().get().canImport());
        assertEquals(1, model.previewProperty().get().rows().size());
        assertEquals(java.util.List.of(3, 4), List.copyOf(model.skipped()));

        model.restoreSkipped(() -> { });
        assertFalse(model.previewProperty().get().canImport(), "taken back, the problems are back");
    }

    @Test
    void aFileThatIsNotALedgerIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("假表格.xlsx");
        Files.writeString(file, "这不是一个工作簿", StandardCharsets.UTF_8);
        ImportModel model = vm.newImport();
        List<Throwable> failures = new ArrayList<>();
        model.read(file, () -> { }, failures::add);
        assertEquals(1, failures.size());
        String message = Dialogs.message(demo.tasks().i18n(), failures.get(0));
        assertTrue(message.contains("假表格.xlsx"), message);
        assertNull(model.draftProperty().get());
    }

    @Test
    void exportWritesWhatTheFilterShows() throws Exception {
        long unitId = vm.units().stream().filter(u -> u.name().equals("南山县")).findFirst().orElseThrow().id();
        vm.criteria().unitProperty().set(unitId);
        int shown = vm.list().shown();
        Path out = dir.resolve("南山县台账.xlsx");
        List<RuntimeException> failures = new ArrayList<>();
        vm.export(out, failures::add);
        assertTrue(failures.isEmpty(), failures::toString);
        assertTrue(Files.size(out) > 1000);
        assertEquals("已导出 " + shown + " 项到 南山县台账.xlsx", vm.noticeProperty().get());

        Path csv = dir.resolve("南山县台账.csv");
        vm.export(csv, failures::add);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM so that Excel reads UTF-8");
        assertEquals(shown + 1, text.strip().split("\r?\n").length, text);

        vm.export(dir.resolve("没有这个文件夹").resolve("x.xlsx"), failures::add);
        assertEquals(1, failures.size());
        assertNotNull(Dialogs.message(demo.tasks().i18n(), failures.get(0)));
        assertTrue(Dialogs.message(demo.tasks().i18n(), failures.get(0)).contains("x.xlsx"));
    }

    @Test
    void aNameWithoutExtensionGetsTheChosenType() {
        assertEquals(Path.of("/tmp/台账.xlsx"), LedgerActions.withExtension(Path.of("/tmp/台账"), ".xlsx"));
        assertEquals(Path.of("/tmp/台账.CSV"), LedgerActions.withExtension(Path.of("/tmp/台账.CSV"), ".xlsx"));
    }
}
