package org.guidancedesk.ui.weekly;

import java.awt.HeadlessException;
import java.awt.print.PrinterException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.Messages;

/** What every section that prints a PDF shares: the system printer and what a failure to print means. */
public final class Printing {
    /**
     * One printer for the process, on one "print" worker of the database thread's kind (not a
     * thread per print, not the render worker: a print dialog left open would hold up previews).
     */
    private static final SheetPrinter SYSTEM = new AwtSheetPrinter(new FxUiExecutor("print"));

    private Printing() {}

    /** The system print dialog, on the "print" worker; every section prints through this one. */
    public static SheetPrinter system() {
        return SYSTEM;
    }

    /** Why printing failed, in a sentence that offers the PDF instead. */
    public static String failure(I18n i18n, Throwable failure) {
        if (failure instanceof HeadlessException) {
            return i18n.tr("weekly.print.headless");
        }
        if (failure instanceof NoPrinterException) {
            return i18n.tr("weekly.print.none");
        }
        if (failure instanceof PrinterException) {
            return i18n.tr("weekly.print.noPrinter", String.valueOf(failure.getMessage()));
        }
        return i18n.tr("weekly.print.failed", Messages.of(i18n, failure));
    }
}
