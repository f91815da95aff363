package org.guidancedesk.report.docx;

import org.guidancedesk.ooxml.Xml;

/**
 * Plain text as a WordprocessingML run: escaped, characters XML 1.0 forbids dropped, a line
 * break inside the text (LF, CR LF, CR, U+2028) a {@code w:br} and a tab a {@code w:tab}, so the
 * lines stay one paragraph as they are one block of the sheet.
 */
final class Runs {
    private Runs() {}

    /** Appends one run of the text (nothing for empty text); {@code rPr} is its run properties, "" for none. */
    static void append(StringBuilder out, String text, String rPr) {
        if (text.isEmpty()) {
            return;
        }
        out.append("<w:r>");
        if (!rPr.isEmpty()) {
            out.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028') {
                segment(out, text, from, i);
                out.append(c == '\t' ? "<w:tab/>" : "<w:br/>");
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        segment(out, text, from, n);
        out.append("</w:r>");
    }

    /** The text between breaks; spaces kept as they are (Word would collapse leading ones). */
    private static void segment(StringBuilder out, String text, int from, int to) {
        if (from < to) {
            out.append("<w:t xml:space=\"preserve\">");
            Xml.escape(text, from, to, out);
            out.append("</w:t>");
        }
    }
}
