package org.guidancedesk.report;

/** A sheet (the weekly sheet, the printed 台账) rendered to PDF: the bytes that are previewed, printed, exported and archived alike. */
public record RenderedSheet(byte[] pdf, int pages, String fileName) {}
