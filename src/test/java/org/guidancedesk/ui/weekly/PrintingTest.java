package org.guidancedesk.ui.weekly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.ui.QueuedUiExecutor;
import org.junit.jupiter.api.Test;

/** The system print dialog is asked for on a worker, never on the calling (JavaFX) thread, by one printer for every section. */
class PrintingTest {
    @Test
    void printingGoesToItsWorkerAndEverySectionSharesThePrinter() {
        QueuedUiExecutor worker = new QueuedUiExecutor();
        List<Object> answers = new ArrayList<>();
        new AwtSheetPrinter(worker).print(new byte[0], "周报", answers::add, answers::add);
        assertEquals(1, worker.waiting(), "the dialog waits for the print worker");
        assertEquals(List.of(), answers, "nothing ran on the calling thread");
        worker.shutdown(0); // never run here: on a machine with printers it would open the dialog
        assertSame(Printing.system(), Printing.system(), "one printer, one print worker for the process");
    }
}
