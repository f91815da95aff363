package org.guidancedesk.tabular;

/**
 * Text in and out of spreadsheet XML. Out: escaped, with characters XML 1.0 cannot carry (most
 * control characters, lone surrogates) dropped, CR kept as {@code &#13;} (a parser would turn a
 * raw CR into LF), and a literal "_x0041_" protected, because Excel reads _xHHHH_ in cell text
 * as an escaped character. In: those _xHHHH_ escapes decoded.
 */
final class XmlText {
    private XmlText() {}

    /** Appends the text escaped for element content and attribute values alike. */
    static void escape(String text, StringBuilder out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '_' -> out.append(isOoxmlEscape(text, i) ? "_x005F_" : "_");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** The text without characters XML 1.0 cannot carry (for names, and for CSV that must read back). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\r' || isXmlChar(c)) {
                out.append(c);
            }
        }
        return out.length() == n ? text : out.toString();
    }

    /** Tab, LF and the printable BMP; surrogates only in pairs (handled by the callers). */
    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** Decodes Excel's _xHHHH_ escapes ("_x000D_" is a CR, "_x005F_" a literal underscore). */
    static String unescapeOoxml(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (isOoxmlEscape(text, i)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isOoxmlEscape(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int j = i + 2; j < i + 6; j++) {
            if (Character.digit(text.charAt(j), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
