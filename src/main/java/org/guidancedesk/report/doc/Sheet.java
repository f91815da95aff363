package org.guidancedesk.report.doc;

import java.util.List;
import java.util.Objects;

/**
 * A whole printable sheet: its blocks in order, the document title (PDF metadata), the
 * page footer pattern, where {0} is the page number and {1} the page count (e.g. "— {0} —"
 * or "第 {0} 页 / 共 {1} 页"), and which way the paper is turned.
 */
public record Sheet(String documentTitle, String author, List<Block> blocks, String footerPattern,
                    Orientation orientation) {
    /** Upright (a report) or on its side (a wide table such as the 台账). */
    public enum Orientation { PORTRAIT, LANDSCAPE }

    public Sheet {
        Objects.requireNonNull(documentTitle);
        author = author == null ? "" : author;
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(footerPattern);
        orientation = orientation == null ? Orientation.PORTRAIT : orientation;
    }

    /** An upright sheet. */
    public Sheet(String documentTitle, String author, List<Block> blocks, String footerPattern) {
        this(documentTitle, author, blocks, footerPattern, Orientation.PORTRAIT);
    }
}
