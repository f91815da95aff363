package org.guidancedesk.ui.weekly;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.guidancedesk.report.PdfPrinting;

/** Answers at once like the real printer's callbacks, remembering what it was given. */
final class FakePrinter implements SheetPrinter {
    final List<byte[]> printed = new ArrayList<>();
    PdfPrinting.Outcome outcome = PdfPrinting.Outcome.PRINTED;
    Throwable failure;

    @Override
    public void print(byte[] pdf, String jobName, Consumer<PdfPrinting.Outcome> onDone, Consumer<Throwable> onFailure) {
        printed.add(pdf.clone());
        if (failure != null) {
            onFailure.accept(failure);
        } else {
            onDone.accept(outcome);
        }
    }
}
