package org.guidancedesk.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A converter for choice boxes and combos that only show values (they are never typed in). */
public final class ShownAs {
    private ShownAs() {}

    public static <T> StringConverter<T> text(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
