package org.guidancedesk.ui.weekly;

import java.awt.print.PrinterException;

/** No printer is installed or reachable: said before any print dialog is opened. */
final class NoPrinterException extends PrinterException {
    private static final long serialVersionUID = 1L;

    NoPrinterException() {
        super("no print service");
    }
}
