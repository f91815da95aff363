package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidancedesk.domain.LedgerDecision;
import org.guidancedesk.domain.ProgressNote;

/**
 * A 延期说明 cell as the item's 延期 lines, and back: one line a 延期, as our export writes it
 * ("2026-12-05 由2026-11-30延期至2026-12-20，组长 王建国批准：征地手续未办结"), a reason over
 * several lines continuing under its line. A cell in a unit's own words (not every line ours)
 * is kept whole as one note of the item's progress, "延期说明：…", dated the import day.
 */
final class ExtensionText {
    private static final Pattern LINE = Pattern.compile(
            "由\\s*(\\d{4}-\\d{2}-\\d{2})\\s*延期至\\s*(\\d{4}-\\d{2}-\\d{2})\\s*[，,]\\s*(.+?)\\s*批准\\s*[：:]\\s*(.*)",
            Pattern.DOTALL);
    private static final String OWN_WORDS = "延期说明：";

    private ExtensionText() {}

    /** The item's 延期 among its history lines, one a line, oldest first. */
    static String format(List<ProgressNote> history) {
        StringBuilder b = new StringBuilder();
        for (ProgressNote n : history) {
            LedgerDecision.Extension e = n.extension();
            if (e != null) {
                b.append(b.length() == 0 ? "" : "\n").append(n.on()).append(" 由").append(e.from()).append("延期至")
                        .append(e.to()).append('，').append(e.approvedBy()).append("批准：").append(n.text());
            }
        }
        return b.toString();
    }

    /**
     * The cell's 延期 lines, oldest first (each a line of history with its decision), or, for a
     * cell not wholly in our words, one plain note holding it. Empty for an empty cell.
     */
    static List<ProgressNote> parse(String text, LocalDate today) {
        if (text.isBlank()) {
            return List.of();
        }
        List<ProgressNote> lines = ProgressText.parse(text, today);
        List<ProgressNote> extensions = new ArrayList<>();
        for (ProgressNote line : lines) {
            Matcher m = LINE.matcher(line.text());
            LocalDate from = m.matches() ? date(m.group(1)) : null;
            LocalDate to = from == null ? null : date(m.group(2));
            if (to == null) {
                return List.of(new ProgressNote(0, 0, today, OWN_WORDS + text.strip()));
            }
            extensions.add(new ProgressNote(0, 0, line.on(), m.group(4),
                    new LedgerDecision.Extension(from, to, m.group(3))));
        }
        return extensions;
    }

    private static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
