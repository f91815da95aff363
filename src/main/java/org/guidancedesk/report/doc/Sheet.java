package org.guidancedesk.report.doc;

import java.util.List;
import java.util.Objects;

/**
 * A whole printable sheet: its blocks in order, the document title (PDF metadata) and the
 * page footer pattern, where {0} is the page number and {1} the page count (e.g. "— {0} —"
 * or "第 {0} 页 / 共 {1} 页").
 */
public record Sheet(String documentTitle, String author, List<Block> blocks, String footerPattern) {
    public Sheet {
        Objects.requireNonNull(documentTitle);
        author = author == null ? "" : author;
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(footerPattern);
    }
}
