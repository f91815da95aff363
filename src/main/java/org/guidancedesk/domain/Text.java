package org.guidancedesk.domain;

/**
 * Rules for user-typed text shared by every record. Control characters never reach a stored
 * text: C0 (NUL, BEL, ESC …), DEL, C1 and lone surrogates are dropped, because they are
 * invisible junk a user cannot see to fix (JavaFX's own fields drop C0 as they are typed; a paste
 * or an old file brings the rest) and because a terminal that prints them obeys them. Dropped,
 * not refused: records read back from a file written before this rule pass through the same
 * constructors, and a refusal there would make that file unreadable. Tab and line breaks stay
 * in multi-line texts; in one-line names they become a space.
 */
public final class Text {
    /** Longest name (group, unit, member, action title) accepted. */
    public static final int MAX_NAME = 200;
    /** Longest free text (notes) accepted: generous, but bounded so a paste accident is caught. */
    public static final int MAX_NOTE = 20_000;

    private Text() {}

    /** A required name: trimmed, not blank, not longer than {@link #MAX_NAME} characters. */
    public static String requiredName(String field, String value) {
        return required(field, oneLine(value).strip(), MAX_NAME);
    }

    /** Optional short text: trimmed, empty becomes "", bounded like a name. */
    public static String optional(String field, String value) {
        return bounded(field, oneLine(value).strip(), MAX_NAME);
    }

    /** A note: kept as typed apart from trailing blanks, bounded by {@link #MAX_NOTE}. */
    public static String note(String field, String value) {
        return bounded(field, withoutControls(value, true).stripTrailing(), MAX_NOTE);
    }

    /** Required free text, kept as typed apart from surrounding blanks, at most {@code max} characters. */
    public static String requiredText(String field, String value, int max) {
        return required(field, withoutControls(value, true).strip(), max);
    }

    /** Optional free text, kept as typed apart from surrounding blanks, at most {@code max} characters. */
    public static String optionalText(String field, String value, int max) {
        return bounded(field, withoutControls(value, true).strip(), max);
    }

    /**
     * The text without control characters and lone surrogates; with {@code lineBreaks}, tab, LF
     * and CR are kept. Never null.
     */
    public static String withoutControls(String value, boolean lineBreaks) {
        if (value == null) {
            return "";
        }
        int n = value.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1));
            boolean keep = pair || !(isControl(c, lineBreaks) || Character.isSurrogate(c));
            if (!keep && out == null) {
                out = new StringBuilder(n).append(value, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
            if (pair) {
                if (out != null) {
                    out.append(value.charAt(i + 1));
                }
                i++;
            }
        }
        return out == null ? value : out.toString();
    }

    private static boolean isControl(char c, boolean lineBreaks) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !lineBreaks;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** One line: line breaks and tabs (with the blanks around them) become one space. */
    private static String oneLine(String value) {
        String kept = withoutControls(value, true);
        return kept.indexOf('\n') < 0 && kept.indexOf('\r') < 0 && kept.indexOf('\t') < 0 ? kept
                : kept.replaceAll("[ \\t]*[\\r\\n\\t][\\s]*", " ");
    }

    private static String required(String field, String kept, int max) {
        if (kept.isEmpty()) {
            throw new ValidationException(field, "validation.required");
        }
        return bounded(field, kept, max);
    }

    private static String bounded(String field, String kept, int max) {
        if (kept.codePointCount(0, kept.length()) > max) {
            throw new ValidationException(field, "validation.tooLong", max);
        }
        return kept;
    }
}
