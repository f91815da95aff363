package org.guidancedesk.tabular;

/**
 * Cell text as it may leave the reader: without C0 controls (tab, LF and CR aside: a cell may
 * hold several lines), DEL, C1 controls and lone surrogates. A file brings these in raw (CSV),
 * as XML 1.1 character references or as Excel's _x001B_ escapes; they are invisible in a
 * spreadsheet, and a terminal that prints them obeys them (ESC[2J clears it). Dropped silently:
 * there is nothing the user could see to fix. The domain's {@code Text} applies the same rule to
 * every stored text; this one also keeps them out of headers, samples and messages quoting a cell.
 */
final class CellText {
    private CellText() {}

    static String clean(String text) {
        int n = text.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (isJunk(c)) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isJunk(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c);
    }
}
