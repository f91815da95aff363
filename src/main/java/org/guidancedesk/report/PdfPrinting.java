package org.guidancedesk.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF through the system print dialog (A4 preselected, upright or on its side as the
 * PDF's first page is). Printing the
 * generated PDF, rather than JavaFX nodes, keeps print, preview and export identical.
 * Blocks while the dialog is open: call it off the JavaFX thread.
 */
public final class PdfPrinting {
    private PdfPrinting() {}

    /** What came of a print request. */
    public enum Outcome { PRINTED, CANCELLED }

    /** Whether the first page is wider than tall (the 台账). */
    static boolean landscape(PDDocument doc) {
        if (doc.getNumberOfPages() == 0) {
            return false;
        }
        org.apache.pdfbox.pdmodel.common.PDRectangle box = doc.getPage(0).getMediaBox();
        return box.getWidth() > box.getHeight();
    }

    /**
     * Shows the print dialog and prints if the user confirms.
     *
     * @throws PrinterException when no printer is reachable or the job fails
     */
    public static Outcome print(byte[] pdf, String jobName) throws PrinterException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(MediaSizeName.ISO_A4);
            attributes.add(landscape(doc) ? OrientationRequested.LANDSCAPE : OrientationRequested.PORTRAIT);
            attributes.add(new JobName(jobName, null));
            if (!job.printDialog(attributes)) {
                return Outcome.CANCELLED;
            }
            job.print(attributes);
            return Outcome.PRINTED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
