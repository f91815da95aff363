package org.guidancedesk.ooxml;

/**
 * Text into XML: escaped for element content and attribute values alike, with the characters
 * XML 1.0 cannot carry (most control characters, lone surrogates) dropped, and CR kept as
 * {@code &#13;} (a parser would turn a raw CR into LF).
 */
public final class Xml {
    /** The declaration every part starts with. */
    public static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private Xml() {}

    /** Appends the text escaped. */
    public static void escape(String text, StringBuilder out) {
        escape(text, 0, text.length(), out);
    }

    /** Appends {@code text[from, to)} escaped; a surrogate pair cut by either end is dropped as lone. */
    public static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** The text without the characters XML 1.0 cannot carry (CR kept). */
    public static String clean(String text) {
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
    public static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
