package org.guidancedesk.ui.settings;

import javafx.util.StringConverter;
import org.guidancedesk.i18n.I18n;

/** Shows enum constants by their texts ({@code role.LEADER} → 组长) in choice boxes. */
final class EnumText {
    private EnumText() {}

    static <E extends Enum<E>> StringConverter<E> converter(I18n i18n, String prefix, Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : i18n.tr(prefix, value);
            }

            @Override
            public E fromString(String text) {
                for (E e : type.getEnumConstants()) {
                    if (i18n.tr(prefix, e).equals(text)) {
                        return e;
                    }
                }
                return null;
            }
        };
    }
}
