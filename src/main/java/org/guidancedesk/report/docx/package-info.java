/**
 * A {@link org.guidancedesk.report.doc.Sheet} as an editable Word file (.docx), written by hand
 * with the office-file plumbing the spreadsheets use ({@code org.guidancedesk.ooxml}), not Apache
 * POI: {@link org.guidancedesk.report.docx.DocxWriter}. Real styles (标题, 标题 1, 标题 2, 正文),
 * paragraphs and tables, A4 with the 公文 margins, the office's faces named with fallbacks, and a
 * page-number footer. Loaded only when a .docx is asked for.
 */
package org.guidancedesk.report.docx;
