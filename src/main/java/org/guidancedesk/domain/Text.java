package org.guidancedesk.domain;

/** Rules for user-typed text shared by every record. */
public final class Text {
    /** Longest name (group, unit, member, action title) accepted. */
    public static final int MAX_NAME = 200;
    /** Longest free text (notes) accepted: generous, but bounded so a paste accident is caught. */
    public static final int MAX_NOTE = 20_000;

    private Text() {}

    /** A required name: trimmed, not blank, not longer than {@link #MAX_NAME} characters. */
    public static String requiredName(String field, String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(field, "validation.required");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            throw new ValidationException(field, "validation.tooLong", MAX_NAME);
        }
        return trimmed;
    }

    /** Optional short text: trimmed, empty becomes "", bounded like a name. */
    public static String optional(String field, String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            throw new ValidationException(field, "validation.tooLong", MAX_NAME);
        }
        return trimmed;
    }

    /** A note: kept as typed apart from trailing blanks, bounded by {@link #MAX_NOTE}. */
    public static String note(String field, String value) {
        String kept = value == null ? "" : value.stripTrailing();
        if (kept.codePointCount(0, kept.length()) > MAX_NOTE) {
            throw new ValidationException(field, "validation.tooLong", MAX_NOTE);
        }
        return kept;
    }

    /** Required free text, kept as typed apart from surrounding blanks, at most {@code max} characters. */
    public static String requiredText(String field, String value, int max) {
        String kept = value == null ? "" : value.strip();
        if (kept.isEmpty()) {
            throw new ValidationException(field, "validation.required");
        }
        if (kept.codePointCount(0, kept.length()) > max) {
            throw new ValidationException(field, "validation.tooLong", max);
        }
        return kept;
    }
}
