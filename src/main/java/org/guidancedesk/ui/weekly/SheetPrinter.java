package org.guidancedesk.ui.weekly;

import java.util.function.Consumer;
import org.guidancedesk.report.PdfPrinting;

/**
 * Prints PDF bytes through the system print dialog without blocking the JavaFX thread or the
 * database thread, and answers on the JavaFX thread. Tests give a synchronous fake.
 */
@FunctionalInterface
public interface SheetPrinter {
    void print(byte[] pdf, String jobName, Consumer<PdfPrinting.Outcome> onDone, Consumer<Throwable> onFailure);
}
