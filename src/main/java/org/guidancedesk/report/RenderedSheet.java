package org.guidancedesk.report;

/** A weekly sheet rendered to PDF: the bytes that are previewed, printed, exported and archived alike. */
public record RenderedSheet(byte[] pdf, int pages, String fileName) {}
