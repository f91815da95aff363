/**
 * The weekly status sheet (周工作进展表): the report model built from the data, turned into a
 * layout-neutral {@link org.guidancedesk.report.doc.Sheet}, rendered to PDF by
 * {@link org.guidancedesk.report.pdf}. Preview, print and export all use that one PDF. Uses
 * {@code service}, {@code domain} and {@code i18n}.
 */
package org.guidancedesk.report;
