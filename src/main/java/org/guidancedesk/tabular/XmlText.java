package org.guidancedesk.tabular;

import org.guidancedesk.ooxml.Xml;

/**
 * Text in and out of spreadsheet XML. Out: escaped as {@link Xml} does (characters XML 1.0
 * cannot carry dropped), and a literal "_x0041_" protected, because Excel reads _xHHHH_ in cell
 * text as an escaped character (Word does not: the .docx uses {@link Xml} alone). In: those
 * _xHHHH_ escapes decoded.
 */
final class XmlText {
    private XmlText() {}

    /** Appends the text escaped for element content and attribute values alike. */
    static void escape(String text, StringBuilder out) {
        int from = 0;
        for (int i = text.indexOf("_x"); i >= 0; i = text.indexOf("_x", i + 1)) {
            if (isOoxmlEscape(text, i)) {
                Xml.escape(text, from, i, out);
                out.append("_x005F_");
                from = i + 1;
            }
        }
        Xml.escape(text, from, text.length(), out);
    }

    /** The text without characters XML 1.0 cannot carry (for names, and for CSV that must read back). */
    static String clean(String text) {
        return Xml.clean(text);
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
