package org.guidancedesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.guidancedesk.domain.DateRange;
import picocli.CommandLine;

/** 2026-11-24 within {@link DateRange}, or a usage error (exit 2) naming the option. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new KeyedConversion("cli.usage.date");
        }
        if (!DateRange.contains(date)) {
            throw new KeyedConversion("cli.usage.dateRange", DateRange.FIRST.getYear(), DateRange.LAST.getYear());
        }
        return date;
    }
}
