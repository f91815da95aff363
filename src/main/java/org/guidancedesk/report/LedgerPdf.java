package org.guidancedesk.report;

import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.pdf.SheetPdf;
import org.guidancedesk.service.LedgerListing;

/** The one way a printed 台账 becomes PDF, for the window and the command line alike. */
public final class LedgerPdf {
    private LedgerPdf() {}

    public static RenderedSheet render(LedgerListing listing, I18n i18n) {
        SheetPdf.Pdf pdf = SheetPdf.renderCounted(LedgerSheet.of(listing, i18n));
        return new RenderedSheet(pdf.bytes(), pdf.pages(), LedgerSheet.fileName(listing, i18n));
    }
}
