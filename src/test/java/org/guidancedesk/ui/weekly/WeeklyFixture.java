package org.guidancedesk.ui.weekly;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.SyncUiExecutor;
import org.guidancedesk.ui.UiTasks;

/**
 * A copy of the demo file opened on Tuesday 24 November 2026 at 17:05 (第6周, ISO week 48) with
 * the 周报 model on it, its work run inline and printing answered by a {@link FakePrinter}.
 */
final class WeeklyFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Week W48 = new Week(2026, 48);

    final Clock clock = Clock.fixed(TODAY.atTime(17, 5).atZone(ZONE).toInstant(), ZONE);
    final List<Throwable> errors = new ArrayList<>();
    final FakePrinter printer = new FakePrinter();
    final Workspace ws;
    final WeeklyViewModel vm;

    WeeklyFixture(Path file) {
        ws = DemoCopies.open(file, TODAY, clock);
        UiTasks tasks = new UiTasks(new SyncUiExecutor(), errors::add, I18n.forLanguage("zh"), clock);
        vm = new WeeklyViewModel(tasks, ReportServices.of(ws), printer, ZONE);
        vm.reload();
    }

    /** The report of the week shown, as export and print are handed it. */
    WeekSheet sheet() {
        WeekSheet[] out = new WeekSheet[1];
        vm.withSheet(s -> out[0] = s);
        assertNotNull(out[0]);
        return out[0];
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Closes the file; a failure nobody expected fails the test. */
    @Override
    public void close() {
        ws.close();
        assertTrue(errors.isEmpty(), () -> "unexpected failures: " + errors);
    }
}
