package org.guidancedesk.ui.weekly;

import java.awt.HeadlessException;
import java.awt.print.PrinterException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Messages;

/** What every section that prints a PDF shares: the system printer and what a failure to print means. */
public final class Printing {
    private Printing() {}

    /** The system print dialog, on a thread of its own. */
    public static SheetPrinter system() {
        return new AwtSheetPrinter();
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
