package org.guidancedesk.cli;

/**
 * Text made safe to print on a terminal: C0 and C1 controls (ESC, BEL, NUL, CR, LF …), DEL,
 * lone surrogates and the invisible characters that reorder or break lines are shown as
 * {@code \u001B}, never sent raw. Texts from files (an imported problem, a unit's name) can
 * then neither clear the screen nor fake a line of output.
 */
final class TerminalText {
    private TerminalText() {}

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (b != null) {
                    b.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (unsafe(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
                || c == '\u2028' || c == '\u2029' // line and paragraph separators
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') // bidi overrides
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
