/**
 * PDF rendering of a {@link org.guidancedesk.report.doc.Sheet} with PDFBox:
 * {@link org.guidancedesk.report.pdf.SheetPdf#render(org.guidancedesk.report.doc.Sheet)}. Lays out
 * all pages first (A4, Chinese line breaking, tables with repeated headers, headings kept with
 * what follows), then draws them with the bundled WenQuanYi Micro Hei, subset-embedded.
 */
package org.guidancedesk.report.pdf;
