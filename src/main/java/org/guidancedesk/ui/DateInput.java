package org.guidancedesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.guidancedesk.i18n.I18n;

/**
 * Date pickers that show dates the user's way (2026年11月24日) and accept what people type:
 * 2026-11-24, 2026/11/24, 2026.11.24, 2026年11月24日.
 */
public final class DateInput {
    private static final Pattern NUMERIC = Pattern.compile("\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*");

    private DateInput() {}

    /** A picker with the converter below; typed text is committed when focus leaves. */
    public static DatePicker picker(I18n i18n) {
        DatePicker picker = new DatePicker();
        picker.setConverter(converter(i18n));
        picker.setPromptText(i18n.tr("date.prompt"));
        picker.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitTyped(picker);
            }
        });
        return picker;
    }

    /** Commits the text typed in the editor (DatePicker only does so on Enter). */
    public static void commitTyped(DatePicker picker) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            picker.setValue(null);
            return;
        }
        parse(text).ifPresentOrElse(picker::setValue,
                () -> picker.getEditor().setText(picker.getConverter().toString(picker.getValue())));
    }

    public static StringConverter<LocalDate> converter(I18n i18n) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return i18n.longDate(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text).orElse(null);
            }
        };
    }

    /** Parses the forms above; empty for anything else, including impossible dates. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMERIC.matcher(text);
        if (m.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
