package org.guidancedesk.cli;

import java.util.Locale;

/** An option's word naming a constant of an enum, in either case (sheet, SHEET). */
final class EnumWord {
    private EnumWord() {}

    /** The constant {@code value} names; any other word refused as {@code refusal} (a cli.usage key). */
    static <E extends Enum<E>> E of(Class<E> type, String value, String refusal) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KeyedConversion(refusal);
        }
    }
}
