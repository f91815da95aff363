package org.guidancedesk.ui.deadlines;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidancedesk.domain.ValidationException;

/** The optional time of day of a deadline, typed as 12:00 (also 12：00, 9:30, 1200). */
final class Times {
    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})\\s*[:：.]?\\s*(\\d{2})\\s*");

    private Times() {}

    /** {@code null} for a blank text; refused on {@code deadline.time} when it is no time of day. */
    static LocalTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h < 24 && min < 60) {
                return LocalTime.of(h, min);
            }
        }
        throw new ValidationException("deadline.time", "deadlines.validation.time");
    }
}
