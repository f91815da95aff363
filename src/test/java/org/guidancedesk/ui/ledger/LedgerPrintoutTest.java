package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.report.PdfPrinting;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 打印… and 导出 PDF… in the ledger section: what the filter shows, as the printed 台账, with no toolkit. */
class LedgerPrintoutTest {
    @TempDir
    Path dir;
    private DemoFixture demo;
    private LedgerViewModel vm;
    private final List<byte[]> printed = new ArrayList<>();
    private final List<String> jobs = new ArrayList<>();

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

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u3000]+", "");
        }
    }

    private long unit(String name) {
        return vm.units().stream().filter(u -> u.name().equals(name)).map(Unit::id).findFirst().orElseThrow();
    }

    @Test
    void printingSendsTheFilteredLedgerToThePrinterAndSaysSo() throws Exception {
        vm.criteria().unitProperty().set(unit("南山县"));
        LedgerPrintout printout = vm.printout((pdf, job, onDone, onFailure) -> {
            printed.add(pdf);
            jobs.add(job);
            onDone.accept(PdfPrinting.Outcome.PRINTED);
        });
        printout.print(failure -> { throw new AssertionError(failure); });
        assertEquals(1, printed.size());
        String text = text(printed.get(0));
        assertTrue(text.contains("单位：南山县"), text);
        List<Rectification> all = demo.workspace().ledger().items();
        for (Rectification r : all) {
            assertEquals(r.unitId() == unit("南山县"), text.contains(r.problem().replaceAll("\\s+", "")), r.problem());
        }
        assertTrue(jobs.get(0).startsWith("整改台账-"), jobs.get(0));
        assertTrue(vm.noticeProperty().get().startsWith("已送去打印"), vm.noticeProperty().get());
    }

    @Test
    void aFailedPrintIsSaidAsASentenceAndACancelledOneSaysCancelled() {
        List<String> failures = new ArrayList<>();
        vm.printout((pdf, job, onDone, onFailure) -> onFailure.accept(new java.awt.HeadlessException()))
                .print(failures::add);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("PDF"), failures.get(0));

        vm.printout((pdf, job, onDone, onFailure) -> onDone.accept(PdfPrinting.Outcome.CANCELLED))
                .print(failures::add);
        assertEquals("已取消打印", vm.noticeProperty().get());
    }

    @Test
    void exportPdfWritesTheSameLedgerToTheFile() throws Exception {
        Path out = dir.resolve("台账.pdf");
        List<String> failures = new ArrayList<>();
        vm.printout((pdf, job, onDone, onFailure) -> { }).exportPdf(out, failures::add);
        assertEquals(List.of(), failures);
        String text = text(Files.readAllBytes(out));
        for (Rectification r : demo.workspace().ledger().items()) {
            assertTrue(text.contains(r.problem().replaceAll("\\s+", "")), r.problem());
        }
        assertTrue(vm.noticeProperty().get().contains("台账.pdf"), vm.noticeProperty().get());

        Path nowhere = dir.resolve("no-such-folder").resolve("台账.pdf");
        vm.printout((pdf, job, onDone, onFailure) -> { }).exportPdf(nowhere, failures::add);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("台账.pdf"), failures.get(0));
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void theLedgerIsReadOnTheDatabaseThreadAndItsPdfMadeByTheWorker() throws Exception {
        org.guidancedesk.ui.QueuedUiExecutor db = new org.guidancedesk.ui.QueuedUiExecutor();
        org.guidancedesk.ui.QueuedUiExecutor work = new org.guidancedesk.ui.QueuedUiExecutor();
        List<Throwable> errors = new ArrayList<>();
        LedgerViewModel queued = new LedgerViewModel(new org.guidancedesk.ui.UiTasks(db, work, errors::add,
                demo.tasks().i18n(), demo.clock()), demo.workspace());
        queued.reload();
        db.runAll();
        Path out = dir.resolve("台账.pdf");
        List<String> failures = new ArrayList<>();
        LedgerPrintout printout = queued.printout((pdf, job, onDone, onFailure) -> {
            printed.add(pdf);
            onDone.accept(PdfPrinting.Outcome.PRINTED);
        });
        printout.exportPdf(out, failures::add);
        printout.print(failures::add);
        assertEquals(2, db.waiting(), "two reads of the listing");
        db.runAll();
        assertEquals(2, work.waiting(), "the PDFs are made beside the database thread, not on it");
        assertFalse(Files.exists(out));
        work.runAll();
        assertTrue(Files.size(out) > 1000);
        assertEquals(1, printed.size());
        assertEquals(List.of(), failures);
        assertEquals(List.of(), errors);
    }
}
