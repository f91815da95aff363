package org.guidancedesk.ui.weekly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.HeadlessException;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.ArchivedSheet;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.PdfPrinting;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.SyncUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 周报 view model on a real demo file, with no JavaFX toolkit and a fake printer. */
class WeeklyViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Week W48 = new Week(2026, 48);

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(TODAY.atTime(17, 5).atZone(ZONE).toInstant(), ZONE);
    private final List<Throwable> errors = new ArrayList<>();
    private final FakePrinter printer = new FakePrinter();
    private Path file;
    private Workspace ws;
    private WeeklyViewModel vm;

    @BeforeEach
    void openDemo() {
        file = dir.resolve("demo.db");
        ws = DemoCopies.open(file, TODAY, clock);
        vm = open(ws);
    }

    private WeeklyViewModel open(Workspace workspace) {
        UiTasks tasks = new UiTasks(new SyncUiExecutor(), errors::add, I18n.forLanguage("zh"), clock);
        WeeklyViewModel model = new WeeklyViewModel(tasks, ReportServices.of(workspace), printer, ZONE);
        model.reload();
        return model;
    }

    @AfterEach
    void close() {
        ws.close();
        assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private WeekSheet sheet() {
        WeekSheet[] out = new WeekSheet[1];
        vm.withSheet(s -> out[0] = s);
        assertNotNull(out[0]);
        return out[0];
    }

    private Path exportTo(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path target = folder.resolve(name);
        vm.output().export(sheet(), target);
        return target;
    }

    @Test
    void thePreviewIsRenderedOffTheDatabaseThreadAndOnlyTheNewestWeekIsShown() {
        org.guidancedesk.ui.QueuedUiExecutor db = new org.guidancedesk.ui.QueuedUiExecutor();
        org.guidancedesk.ui.QueuedUiExecutor work = new org.guidancedesk.ui.QueuedUiExecutor();
        UiTasks tasks = new UiTasks(db, work, errors::add, I18n.forLanguage("zh"), clock);
        WeeklyViewModel model = new WeeklyViewModel(tasks, ReportServices.of(ws), printer, ZONE);
        model.reload();
        db.runAll();
        assertEquals(0, db.waiting(), "the week's data read");
        assertEquals(1, work.waiting(), "its PDF is rendered by the worker, not on the database thread");
        assertTrue(model.renderingProperty().get());

        // Two more weeks asked for while the first renders: only the last is rendered next.
        model.previousWeek();
        db.runAll();
        model.previousWeek();
        db.runAll();
        work.runNext();
        assertEquals(null, model.preview(), "week 48's preview is stale: another week is shown now");
        db.runAll();
        assertEquals(1, work.waiting(), "week 47 was skipped for week 46");
        work.runAll();
        db.runAll();
        work.runAll();
        assertEquals(new Week(2026, 46), model.preview().week());
        assertFalse(model.renderingProperty().get());
    }

    @Test
    void aSheetIsThePreviewWhileUpToDateElseRenderedAfreshOffTheDatabaseThreadAfterTheSave() throws IOException {
        org.guidancedesk.ui.QueuedUiExecutor db = new org.guidancedesk.ui.QueuedUiExecutor();
        org.guidancedesk.ui.QueuedUiExecutor work = new org.guidancedesk.ui.QueuedUiExecutor();
        UiTasks tasks = new UiTasks(db, work, errors::add, I18n.forLanguage("zh"), clock);
        WeeklyViewModel model = new WeeklyViewModel(tasks, ReportServices.of(ws), printer, ZONE);
        model.reload();
        db.runAll();
        work.runAll();
        WeekSheet[] out = new WeekSheet[1];
        model.withSheet(s -> out[0] = s);
        assertTrue(out[0] != null && out[0].rendered() == model.preview().sheet(), "the previewed sheet itself");

        model.coordinationProperty().set("建议约谈南山县委主要负责同志");
        out[0] = null;
        model.withSheet(s -> out[0] = s);
        assertEquals(null, out[0], "the preview no longer shows what was typed");
        assertEquals(3, db.waiting(), "the save, then the preview's read and the sheet's, behind it");
        db.runAll();
        assertEquals(null, out[0]);
        assertEquals(2, work.waiting(), "both PDFs are rendered by the worker, not on the database thread");
        work.runAll();
        assertTrue(text(out[0].rendered().pdf()).contains("建议约谈南山县委主要负责同志"));
        assertTrue(text(model.preview().sheet().pdf()).contains("建议约谈南山县委主要负责同志"));

        WeekSheet[] again = new WeekSheet[1];
        model.withSheet(s -> again[0] = s);
        assertTrue(again[0] != null && again[0].rendered() == model.preview().sheet(), "up to date again");
        assertEquals(0, db.waiting() + work.waiting());
    }

    @Test
    void theCurrentWeekIsShownFirstWithItsPreview() {
        assertEquals(W48, vm.week());
        assertTrue(vm.weekTextProperty().get().matches("第\\d+周 · 2026年11月23日—11月29日"), vm.weekTextProperty().get());
        assertTrue(vm.showingCurrentWeekProperty().get());
        Preview p = vm.preview();
        assertNotNull(p);
        assertEquals(W48, p.week());
        assertEquals(p.sheet().pages(), p.pages().size());
        assertTrue(p.pages().get(0).getWidth() > 800, "about 110 dpi: A4 is 909 px wide");
        assertEquals("共 " + p.sheet().pages() + " 页", vm.pageCountProperty().get());
        assertFalse(vm.renderingProperty().get());
        assertTrue(vm.notesEditableProperty().get());
    }

    @Test
    void previousAndNextMoveTheWeekAndThisWeekComesBack() {
        vm.previousWeek();
        assertEquals(new Week(2026, 47), vm.week());
        assertTrue(vm.weekTextProperty().get().endsWith("2026年11月16日—11月22日"), vm.weekTextProperty().get());
        assertFalse(vm.showingCurrentWeekProperty().get());
        assertEquals(new Week(2026, 47), vm.preview().week());

        vm.nextWeek();
        vm.nextWeek();
        assertEquals(new Week(2026, 49), vm.week());
        assertEquals(new Week(2026, 49), vm.preview().week());

        vm.thisWeek();
        assertEquals(W48, vm.week());
        assertTrue(vm.showingCurrentWeekProperty().get());
    }

    @Test
    void typedNotesAreSavedKeptAfterReopeningAndPrintedInThePreview() throws IOException {
        vm.coordinationProperty().set("东江省调研用车需省委办公厅协调");
        vm.otherProperty().set("下周三组长带队赴北川集团");
        vm.saveNotes();

        assertEquals("东江省调研用车需省委办公厅协调", ws.weekly().notes(W48).coordination());
        String pdf = text(vm.preview().sheet().pdf());
        assertTrue(pdf.contains("东江省调研用车需省委办公厅协调"), pdf);
        assertTrue(pdf.contains("下周三组长带队赴北川集团"), pdf);

        ws.close();
        ws = Workspace.open(file, clock);
        WeeklyViewModel reopened = open(ws);
        assertEquals("东江省调研用车需省委办公厅协调", reopened.coordinationProperty().get());
        assertEquals("下周三组长带队赴北川集团", reopened.otherProperty().get());
    }

    @Test
    void switchingWeeksFirstSavesTheTextForTheWeekItWasTypedFor() {
        vm.otherProperty().set("本周材料已全部报送");
        vm.previousWeek(); // no pause, no explicit save
        assertEquals("本周材料已全部报送", ws.weekly().notes(W48).other());
        assertEquals("", vm.otherProperty().get(), "week 47 has its own, empty notes");
        assertEquals("", ws.weekly().notes(new Week(2026, 47)).other());

        vm.nextWeek();
        assertEquals("本周材料已全部报送", vm.otherProperty().get());
    }

    @Test
    void aNoteOfMoreThan20000CharactersIsRefusedNextToItsFieldAndNotSaved() {
        vm.coordinationProperty().set("短");
        vm.saveNotes();
        vm.coordinationProperty().set("问".repeat(20_001));
        vm.saveNotes();

        assertEquals("需要协调解决的问题：不能超过 20000 个字", vm.coordinationErrorProperty().get());
        assertEquals("", vm.otherErrorProperty().get());
        assertEquals("短", ws.weekly().notes(W48).coordination());

        vm.coordinationProperty().set("问".repeat(20_000));
        vm.saveNotes();
        assertEquals("", vm.coordinationErrorProperty().get());
        assertEquals(20_000, ws.weekly().notes(W48).coordination().length());
    }

    @Test
    void tooLongOtherNotesAreShownByTheOtherField() {
        vm.otherProperty().set("x".repeat(20_001));
        vm.saveNotes();
        assertEquals("其他说明：不能超过 20000 个字", vm.otherErrorProperty().get());
        assertEquals("", vm.coordinationErrorProperty().get());
        assertEquals("", ws.weekly().notes(W48).other());
    }

    @Test
    void exportWritesTheFileAndArchivesExactlyTheSameBytes() throws IOException {
        vm.coordinationProperty().set("需要协调：调研点位");
        Path target = exportTo("中央第十八指导组-第6周-周报.pdf");

        byte[] written = Files.readAllBytes(target);
        assertArrayEquals(vm.preview().sheet().pdf(), written, "the exported file is the previewed PDF");
        assertTrue(text(written).contains("需要协调：调研点位"));
        assertEquals(1, vm.output().archive().size());
        ArchivedSheet a = vm.output().archive().get(0).sheet();
        assertEquals(SheetKind.EXPORT, a.kind());
        assertEquals(W48, a.week());
        assertEquals("中央第十八指导组-第6周-周报.pdf", a.fileName());
        assertArrayEquals(written, ws.weekly().archivedPdf(a.id()));
        assertEquals("导出", vm.output().archive().get(0).kind());
        assertEquals("2026年11月24日 17:05", vm.output().archive().get(0).time());
        assertTrue(vm.output().archive().get(0).week().startsWith("第"), vm.output().archive().get(0).week());
        assertEquals("已导出 " + target, vm.output().messageProperty().get());
        assertEquals(target.getParent(), vm.output().lastFolder());
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file left beside");
        }
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNothingBehind() {
        Path target = dir.resolve("missing-folder").resolve("周报.pdf");
        vm.output().export(sheet(), target);
        assertTrue(vm.output().messageIsErrorProperty().get());
        assertTrue(vm.output().messageProperty().get().startsWith("未能保存 " + target), vm.output().messageProperty().get());
        assertFalse(Files.exists(target.getParent()));
        assertTrue(vm.output().archive().isEmpty());
        assertTrue(ws.weekly().archived().isEmpty());
    }

    @Test
    void reprintingFromTheArchiveUsesTheArchivedBytesAndIsArchivedAsPrinted() throws IOException {
        Path target = exportTo("周报.pdf");
        byte[] exported = Files.readAllBytes(target);
        vm.nextWeek(); // another week on screen: the reprint is still of the archived sheet

        vm.output().reprint(vm.output().archive().get(0));
        assertEquals(1, printer.printed.size());
        assertArrayEquals(exported, printer.printed.get(0));
        assertEquals(2, vm.output().archive().size());
        ArchivedSheet newest = vm.output().archive().get(0).sheet();
        assertEquals(SheetKind.PRINT, newest.kind());
        assertEquals(W48, newest.week());
        assertEquals(vm.output().archive().get(1).sheet().sha256(), newest.sha256());
        assertArrayEquals(exported, ws.weekly().archivedPdf(newest.id()));

        printer.outcome = PdfPrinting.Outcome.CANCELLED;
        vm.output().reprint(vm.output().archive().get(0));
        assertEquals(2, vm.output().archive().size(), "a cancelled print is not archived");
        assertEquals("已取消打印", vm.output().messageProperty().get());
        assertFalse(vm.output().printingProperty().get());
    }

    @Test
    void savingAnArchivedSheetAgainWritesTheSameBytesWithoutANewRow() throws IOException {
        Path first = exportTo("a.pdf");
        vm.coordinationProperty().set("改过的内容");
        vm.saveNotes();
        Path again = dir.resolve("out").resolve("b.pdf");
        vm.output().saveArchivedAs(vm.output().archive().get(0), again);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
        assertEquals(1, ws.weekly().archived().size());
        assertEquals("已另存为 " + again, vm.output().messageProperty().get());
    }

    @Test
    void printingTheWeekArchivesThePrintedBytes() {
        vm.print();
        assertEquals(1, printer.printed.size());
        assertArrayEquals(vm.preview().sheet().pdf(), printer.printed.get(0));
        assertEquals(SheetKind.PRINT, vm.output().archive().get(0).sheet().kind());
        assertTrue(vm.output().messageProperty().get().startsWith("已打印并归档："), vm.output().messageProperty().get());
    }

    @Test
    void withoutADisplayOrAPrinterPrintingSaysSoAndArchivesNothing() {
        printer.failure = new HeadlessException();
        vm.print();
        assertTrue(vm.output().messageIsErrorProperty().get());
        assertTrue(vm.output().messageProperty().get().startsWith("无法打印：当前环境打不开打印对话框"), vm.output().messageProperty().get());
        assertFalse(vm.output().printingProperty().get());

        printer.failure = new PrinterException("no default printer");
        vm.print();
        assertEquals("无法打印：找不到可用的打印机（no default printer）。可先导出 PDF，再用其他程序打印。",
                vm.output().messageProperty().get());

        printer.failure = new NoPrinterException();
        vm.print();
        assertEquals("无法打印：这台电脑上没有可用的打印机。可先导出 PDF，再用其他程序打印。", vm.output().messageProperty().get());
        assertTrue(vm.output().archive().isEmpty());
        assertTrue(ws.weekly().archived().isEmpty());
    }
}
