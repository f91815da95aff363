package org.guidancedesk.tabular;

import java.util.regex.Pattern;

/**
 * Text that a spreadsheet would run as a formula when it opens a CSV (= + - @, a tab or CR at
 * the start) is written with a leading apostrophe, and the reader takes it off again. Plain
 * numbers such as -12 or +3.5, and a lone "-" (often "none" in a ledger), are harmless and keep
 * their form. Text that already starts with apostrophes before such a character gets one more,
 * so {@code restore(neutralise(t))} is {@code t} for every text.
 */
public final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private FormulaGuard() {}

    /** Whether the text's first character could start a formula (xlsx marks such cells quotePrefix). */
    public static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /** Whether a CSV writer must put an apostrophe in front of the text. */
    public static boolean needsApostrophe(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\'') {
            start++;
        }
        String rest = text.substring(start);
        return startsLikeFormula(rest) && !rest.equals("-") && !PLAIN_NUMBER.matcher(rest).matches();
    }

    public static String neutralise(String text) {
        return needsApostrophe(text) ? "'" + text : text;
    }

    /** Takes off the apostrophe that {@link #neutralise} added, and only that one. */
    public static String restore(String text) {
        return text.startsWith("'") && needsApostrophe(text.substring(1)) ? text.substring(1) : text;
    }
}
