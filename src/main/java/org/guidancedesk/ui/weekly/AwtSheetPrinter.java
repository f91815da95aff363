package org.guidancedesk.ui.weekly;

import java.awt.print.PrinterJob;
import java.util.function.Consumer;
import org.guidancedesk.report.PdfPrinting;
import org.guidancedesk.ui.UiExecutor;

/**
 * The production printer: the (modal, blocking) AWT print dialog runs on the "print" worker
 * it is given, of the database thread's kind, so neither the window nor queued saves nor
 * renders wait for it; answers on the JavaFX thread.
 */
final class AwtSheetPrinter implements SheetPrinter {
    private final UiExecutor worker;

    AwtSheetPrinter(UiExecutor worker) {
        this.worker = worker;
    }

    @Override
    public void print(byte[] pdf, String jobName, Consumer<PdfPrinting.Outcome> onDone, Consumer<Throwable> onFailure) {
        worker.submit(() -> {
            if (PrinterJob.lookupPrintServices().length == 0) {
                // The JDK would show its own English "No print service found." box instead.
                throw new NoPrinterException();
            }
            return PdfPrinting.print(pdf, jobName);
        }, onDone, onFailure);
    }
}
