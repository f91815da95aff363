package org.guidancedesk.report.doc;

import java.util.List;
import java.util.Objects;

/** One block of a sheet, laid out top to bottom. All text is plain (never markup). */
public sealed interface Block {

    /** The sheet's title (large, bold, centred) and a centred subtitle line under it. */
    record Title(String text, String subtitle) implements Block {
        public Title {
            Objects.requireNonNull(text);
            subtitle = subtitle == null ? "" : subtitle;
        }
    }

    /**
     * A heading: level 1 is a numbered section heading (一、本周工作), level 2 a sub-heading
     * (（一）规定动作). The text already carries its number.
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level 1 or 2, not " + level);
            }
            Objects.requireNonNull(text);
        }
    }

    /** Running text, wrapped to the width; {@code align} places each line. */
    record Paragraph(String text, Align align, boolean muted) implements Block {
        public Paragraph {
            Objects.requireNonNull(text);
            Objects.requireNonNull(align);
        }

        public static Paragraph of(String text) {
            return new Paragraph(text, Align.LEFT, false);
        }

        /** A line in grey, for "本周无" and notes about the data. */
        public static Paragraph muted(String text) {
            return new Paragraph(text, Align.LEFT, true);
        }
    }

    /**
     * A table with a header row repeated on every page it runs onto. Cell text wraps inside
     * its column; a row is never split across pages. {@code emphasised} rows (totals) are bold.
     */
    record Table(List<Column> columns, List<List<String>> rows, List<Integer> emphasised) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            emphasised = List.copyOf(emphasised);
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
                }
            }
        }

        public Table(List<Column> columns, List<List<String>> rows) {
            this(columns, rows, List.of());
        }
    }

    /** A table column: header text, relative width, alignment of its cells. */
    record Column(String header, double weight, Align align) {
        public Column {
            Objects.requireNonNull(header);
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive");
            }
        }
    }

    /** The signing line at the end: parts spread along one right-aligned line (填报人：… 审核：… 日期). */
    record Signature(List<String> parts) implements Block {
        public Signature {
            parts = List.copyOf(parts);
        }
    }

    /** Horizontal placement of a line or cell text. */
    enum Align { LEFT, CENTER, RIGHT }
}
