package org.guidancedesk.service;

import java.util.regex.Pattern;
import org.guidancedesk.tabular.RawCell;
import org.guidancedesk.tabular.RawRow;

/**
 * Rows of a ledger file that are not items: a 合计/小计/总计 line, and a footnote under the
 * table ("注：…", "说明：…", "备注：…", "填表说明：…"). They are left out unless the user takes them in.
 */
final class NotDataRows {
    private NotDataRows() {}

    private static final Pattern TOTAL = Pattern.compile("(合计|小计|总计|共计)[：:]?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000]+");
    /** A footnote's opening word, a number perhaps ("注1："), then a colon. */
    private static final Pattern NOTE = Pattern.compile("^(注|附注|说明|备注|填表说明|填报说明)\\s*[0-9一二三四五六七八九十]*\\s*[：:].*",
            Pattern.DOTALL);
    /** A footnote stands alone on its line (often merged across): at most this many cells hold text. */
    private static final int NOTE_MAX_CELLS = 2;

    /** What the row is if not an item, or {@code null} for an ordinary row. */
    static ImportPreview.NotDataKind kind(RawRow row) {
        String first = null;
        int filled = 0;
        for (RawCell c : row.cells()) {
            String t = c.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            filled++;
            if (first == null) {
                first = t;
            }
            // Every total word has 计: the other cells (ten thousand rows of them) skip the regex.
            if (t.indexOf('计') >= 0 && TOTAL.matcher(BLANKS.matcher(t).replaceAll("")).matches()) {
                return ImportPreview.NotDataKind.TOTAL;
            }
        }
        if (first != null && filled <= NOTE_MAX_CELLS && NOTE.matcher(first).matches()) {
            return ImportPreview.NotDataKind.NOTE;
        }
        return null;
    }

    /** The row's text in one short line, to show what was left out. */
    static String summary(RawRow row) {
        StringBuilder b = new StringBuilder();
        for (RawCell c : row.cells()) {
            String t = SPACES.matcher(c.text().strip()).replaceAll(" ");
            if (!t.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t);
            }
        }
        return b.length() > 60 ? b.substring(0, 60) + "…" : b.toString();
    }
}
