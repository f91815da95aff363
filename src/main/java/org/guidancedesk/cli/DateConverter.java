package org.guidancedesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** 2026-11-24, or a usage error (exit 2) that says how a date is written. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("a date is written like 2026-11-24, not \"" + value + "\"");
        }
    }
}
