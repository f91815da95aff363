package org.guidancedesk.ui.weekly;

import java.awt.print.PrinterJob;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.guidancedesk.report.PdfPrinting;

/**
 * The production printer: the (modal, blocking) AWT print dialog runs on a short-lived
 * "print" thread of its own, so neither the window nor queued saves wait for it.
 */
final class AwtSheetPrinter implements SheetPrinter {
    @Override
    public void print(byte[] pdf, String jobName, Consumer<PdfPrinting.Outcome> onDone, Consumer<Throwable> onFailure) {
        Thread thread = new Thread(() -> {
            try {
                if (PrinterJob.lookupPrintServices().length == 0) {
                    // The JDK would show its own English "No print service found." box instead.
                    throw new NoPrinterException();
                }
                PdfPrinting.Outcome outcome = PdfPrinting.print(pdf, jobName);
                Platform.runLater(() -> onDone.accept(outcome));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        }, "print");
        thread.setDaemon(true);
        thread.start();
    }
}
