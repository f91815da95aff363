package org.guidancedesk.ui.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.report.LedgerPdf;
import org.guidancedesk.report.PdfPrinting;
import org.guidancedesk.report.RenderedSheet;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;
import org.guidancedesk.ui.weekly.Printing;
import org.guidancedesk.ui.weekly.SheetPrinter;

/**
 * 打印… and 导出 PDF… of what the filter shows: the printed 台账 (landscape A4), rendered off the
 * JavaFX thread from one read, the very bytes printed and exported (as the weekly sheet is).
 * What came of it is said in the section's notice line. No scene types.
 */
public final class LedgerPrintout {
    private final LedgerCriteria criteria;
    private final LedgerData data;
    private final LedgerFooter footer;
    private final UiTasks tasks;
    private final Workspace workspace;
    private final SheetPrinter printer;
    private boolean printing;

    LedgerPrintout(LedgerCriteria criteria, LedgerData data, LedgerFooter footer, UiTasks tasks, Workspace workspace,
                   SheetPrinter printer) {
        this.criteria = criteria;
        this.data = data;
        this.footer = footer;
        this.tasks = tasks;
        this.workspace = workspace;
        this.printer = printer;
    }

    /** The default file name (整改台账-2026-11-24.pdf). */
    public String fileName() {
        return tasks.i18n().tr("ledgerSheet.fileName", data.today().toString());
    }

    /** Writes the filtered 台账 as PDF, whole or not at all; a failure goes to {@code onFailure} as a sentence. */
    public void exportPdf(Path out, Consumer<String> onFailure) {
        LedgerFilter f = criteria.filter();
        String name = out.getFileName().toString();
        footer.message().set("");
        footer.notice().set(tasks.i18n().tr("ledger.pdf.running", name));
        Consumer<Throwable> failed = error -> {
            footer.notice().set("");
            onFailure.accept(tasks.i18n().tr("ledger.pdf.failed", name, describe(error)));
        };
        // The items are read on the database thread; the PDF is made and written beside it.
        tasks.read(() -> workspace.ledger().listing(f), listing -> tasks.compute(() -> {
            RenderedSheet sheet = LedgerPdf.render(listing, tasks.i18n());
            WholeFile.write(out, sheet.pdf());
            return sheet;
        }, sheet -> footer.notice().set(tasks.i18n().tr("ledger.pdf.done", sheet.pages(), name)), failed), failed);
    }

    /** Opens the system print dialog for the filtered 台账 (one at a time). */
    public void print(Consumer<String> onFailure) {
        if (printing) {
            return;
        }
        printing = true;
        LedgerFilter f = criteria.filter();
        footer.message().set("");
        footer.notice().set(tasks.i18n().tr("weekly.print.opening"));
        Consumer<Throwable> failed = failure -> {
            printing = false;
            footer.notice().set("");
            if (failure instanceof java.awt.print.PrinterAbortException) {
                footer.notice().set(tasks.i18n().tr("weekly.print.cancelled"));
            } else {
                onFailure.accept(Printing.failure(tasks.i18n(), failure));
            }
        };
        tasks.read(() -> workspace.ledger().listing(f), listing -> tasks.compute(
                () -> LedgerPdf.render(listing, tasks.i18n()), sheet -> printer.print(sheet.pdf(), jobName(sheet.fileName()), outcome -> {
            printing = false;
            footer.notice().set(outcome == PdfPrinting.Outcome.PRINTED
                    ? tasks.i18n().tr("ledger.print.done", sheet.pages()) : tasks.i18n().tr("weekly.print.cancelled"));
        }, failed), failed), failed);
    }

    /** A file that cannot be written says the system's reason; anything else as the window says it. */
    private String describe(Throwable error) {
        return error instanceof IOException ? String.valueOf(error.getMessage()) : Messages.of(tasks.i18n(), error);
    }

    private static String jobName(String fileName) {
        return fileName.endsWith(".pdf") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
