package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.ValidationException;

/**
 * A 进展情况 cell as progress notes, and back: one note per line, each starting with its date
 * ("2026-11-18 已建立台账"); lines without a date belong to the note above, or, at the top,
 * to a note dated the import day. A 退回 is written in words and read back as one
 * ({@link SendBackText}); a 延期 is left to the 延期说明 cell ({@link ExtensionText}).
 */
final class ProgressText {
    private ProgressText() {}

    private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile("\\R");
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static String format(List<ProgressNote> notes) {
        StringBuilder b = new StringBuilder();
        for (ProgressNote n : notes) {
            if (n.extension() != null) {
                continue;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(n.on()).append(' ').append(SendBackText.format(n));
        }
        return b.toString();
    }

    static List<ProgressNote> parse(String text, LocalDate today) {
        List<ProgressNote> notes = new ArrayList<>();
        LocalDate on = null;
        StringBuilder current = new StringBuilder();
        for (String line : LINES.split(text)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            LocalDate lead = leadingDate(l);
            if (lead != null) {
                add(notes, on, current, today);
                on = lead;
                current.setLength(0);
                current.append(l.substring(10).strip());
            } else {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(l);
            }
        }
        add(notes, on, current, today);
        return notes;
    }

    private static void add(List<ProgressNote> notes, LocalDate on, StringBuilder text, LocalDate today) {
        if (text.length() > 0) {
            LocalDate date = on == null ? today : on;
            if (date.isAfter(today)) {
                throw new ValidationException("progress.on", "validation.notInFuture");
            }
            notes.add(SendBackText.read(date, text.toString()));
        }
    }

    /** An ISO date at the start of the line, as our export writes it. */
    private static LocalDate leadingDate(String line) {
        if (line.length() >= 10 && ISO_DATE.matcher(line).lookingAt()) {
            try {
                return LocalDate.parse(line.substring(0, 10));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
