package org.guidancedesk.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.tabular.CellKind;
import org.guidancedesk.tabular.RawCell;

/**
 * Reads the values of ledger cells the way units write them: dates in any of the usual forms
 * (2026-12-31, 2026/12/31, 2026年12月31日, 2026年12月底, 2026年底, 20261231, a spreadsheet date),
 * and the words for nodes, statuses and ledgers. Anything else is refused with the text quoted,
 * never guessed: "明年6月" has no year, "2026-13-45" no such day.
 */
final class LedgerCells {
    /** A cell the importer cannot read: a message key and its arguments. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final String messageKey;
        final transient Object[] args;

        Refusal(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    private static final Pattern FULL = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?\\s*(底|末|份)?");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})\\s*年\\s*(年底|底|末|年末)");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** What may surround a date: "前", "之前", "完成", brackets, a node word. */
    private static final Pattern NOISE = Pattern.compile("[\\s（）()【】\\[\\]，,。；;：:]|之?前|以前|完成|底前|截至|截止");

    private LedgerCells() {}

    /** The date in the cell, {@code null} if empty; refused if it is not a whole, real date. */
    static LocalDate date(RawCell cell) throws Refusal {
        if (cell.isEmpty() || cell.text().isBlank()) {
            return null;
        }
        if (cell.kind() == CellKind.DATE) {
            return LocalDate.parse(cell.text());
        }
        if (cell.kind() == CellKind.NUMBER) {
            return serial(cell.text());
        }
        DateInText found = findDate(cell.text());
        if (found == null || !rest(cell.text(), found).isEmpty()) {
            throw new Refusal("ledgerio.problem.date", cell.text());
        }
        return found.date;
    }

    /** A spreadsheet date serial written as a plain number (a date column formatted as General). */
    private static LocalDate serial(String text) throws Refusal {
        try {
            double v = Double.parseDouble(text);
            if (v >= 20_000 && v <= 80_000 && v == Math.floor(v)) {
                return LocalDate.of(1899, 12, 30).plusDays((long) v);
            }
            if (v >= 19_000_101 && v <= 29_991_231 && v == Math.floor(v)) {
                return compact(String.valueOf((long) v), text);
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal
        }
        throw new Refusal("ledgerio.problem.date", text);
    }

    private static LocalDate compact(String digits, String original) throws Refusal {
        Matcher m = COMPACT.matcher(digits);
        if (!m.matches()) {
            throw new Refusal("ledgerio.problem.date", original);
        }
        return day(m.group(1), m.group(2), m.group(3), original);
    }

    /** A date found in a longer text, and where. */
    record DateInText(LocalDate date, int start, int end) {}

    /** The first date written in the text, or {@code null}; an impossible day is refused. */
    static DateInText findDate(String text) throws Refusal {
        Matcher m = FULL.matcher(text);
        if (m.find()) {
            return new DateInText(day(m.group(1), m.group(2), m.group(3), text), m.start(), m.end());
        }
        m = YEAR_END.matcher(text);
        if (m.find()) {
            return new DateInText(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), m.start(), m.end());
        }
        m = MONTH.matcher(text);
        if (m.find() && (m.group(3) != null || text.contains("月"))) {
            try {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new DateInText(ym.atEndOfMonth(), m.start(), m.end());
            } catch (DateTimeException e) {
                throw new Refusal("ledgerio.problem.noSuchDate", text);
            }
        }
        m = COMPACT.matcher(text.strip());
        if (m.matches()) {
            return new DateInText(day(m.group(1), m.group(2), m.group(3), text), 0, text.length());
        }
        return null;
    }

    private static LocalDate day(String y, String mo, String d, String text) throws Refusal {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw new Refusal("ledgerio.problem.noSuchDate", text);
        }
    }

    /** What is left of the text once the date and the harmless words around it are taken out. */
    private static String rest(String text, DateInText found) {
        String left = text.substring(0, found.start) + text.substring(found.end);
        return NOISE.matcher(left).replaceAll("");
    }

    /**
     * A 整改时限 cell: a date, a node word, or both ("立行立改（11月30日前）" needs a year); an
     * extended item's also says its first date, as our export writes it
     * ("2026年12月20日（原2026年11月30日，已延期）").
     *
     * @param original the first due date of an item extended (延期), or {@code null}
     */
    record Due(LedgerNode node, LocalDate date, LocalDate original) {}

    /** "（原2026年11月30日，已延期）": the first due date of an extended item, after the date in force. */
    private static final Pattern EXTENDED = Pattern.compile(
            "[（(]\\s*原(?:定|计划)?\\s*([^，,、）)]+?)\\s*[，,、]\\s*" + LedgerWords.EXTENDED + "\\s*[）)]");

    static Due due(RawCell cell) throws Refusal {
        if (cell.isEmpty() || cell.text().isBlank()) {
            return new Due(null, null, null);
        }
        if (cell.kind() != CellKind.TEXT) {
            return new Due(null, date(cell), null);
        }
        String text = cell.text();
        LocalDate original = null;
        Matcher extended = EXTENDED.matcher(text);
        if (extended.find()) {
            original = wholeDate(extended.group(1), cell.text());
            text = text.substring(0, extended.start()) + text.substring(extended.end());
        }
        LedgerNode node = nodeIn(text);
        DateInText found = findDate(text);
        String rest = found == null ? text : rest(text, found);
        if (node != null) {
            rest = rest.replace(nodeWord(text), "");
        }
        rest = NOISE.matcher(rest).replaceAll("");
        if (!rest.isEmpty() || (node == null && found == null)) {
            throw new Refusal("ledgerio.problem.date", cell.text());
        }
        if (original != null && (found == null || !original.isBefore(found.date))) {
            throw new Refusal("ledgerio.problem.extendedNotLater", cell.text());
        }
        return new Due(node, found == null ? null : found.date, original);
    }

    /** A text that is one date and nothing else; {@code cell} is quoted in the refusal. */
    private static LocalDate wholeDate(String text, String cell) throws Refusal {
        DateInText found = findDate(text);
        if (found == null || !rest(text, found).isEmpty()) {
            throw new Refusal("ledgerio.problem.date", cell);
        }
        return found.date;
    }

    private static final String[][] NODE_WORDS = {
        {"立行立改", "IMMEDIATE"}, {"立即整改", "IMMEDIATE"}, {"即知即改", "IMMEDIATE"},
        {"长期坚持", "LONG_TERM"}, {"持续整改", "LONG_TERM"}, {"长期整改", "LONG_TERM"}, {"长期", "LONG_TERM"},
        {"限期整改", "DEADLINE"}, {"限期", "DEADLINE"}};

    private static LedgerNode nodeIn(String text) {
        for (String[] w : NODE_WORDS) {
            if (text.contains(w[0])) {
                return LedgerNode.valueOf(w[1]);
            }
        }
        return null;
    }

    private static String nodeWord(String text) {
        for (String[] w : NODE_WORDS) {
            if (text.contains(w[0])) {
                return w[0];
            }
        }
        return "";
    }

    /** An 整改类型 cell. */
    static LedgerNode node(RawCell cell) throws Refusal {
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        LedgerNode node = nodeIn(text);
        if (node == null) {
            throw new Refusal("ledgerio.problem.node", text);
        }
        return node;
    }

    private static final String[][] STATUS_WORDS = {
        {"已销号", "CLOSED"}, {"销号", "CLOSED"},
        {"长期坚持", "ONGOING"}, {"持续推进", "ONGOING"}, {"长期", "ONGOING"},
        {"未完成", "IN_PROGRESS"}, {"未启动", "NOT_STARTED"}, {"未开始", "NOT_STARTED"}, {"尚未启动", "NOT_STARTED"},
        {"整改中", "IN_PROGRESS"}, {"正在整改", "IN_PROGRESS"}, {"推进中", "IN_PROGRESS"}, {"进行中", "IN_PROGRESS"},
        {"正在推进", "IN_PROGRESS"}, {"已启动", "IN_PROGRESS"},
        {"已完成", "COMPLETED"}, {"已整改", "COMPLETED"}, {"完成整改", "COMPLETED"}, {"已办结", "COMPLETED"},
        {"完成", "COMPLETED"}};

    /** A 状态 cell; the first of the known words it contains decides ("已完成，建立制度3项" is 已完成). */
    static RectificationStatus status(RawCell cell) throws Refusal {
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        for (String[] w : STATUS_WORDS) {
            if (text.contains(w[0])) {
                return RectificationStatus.valueOf(w[1]);
            }
        }
        throw new Refusal("ledgerio.problem.status", text);
    }

    /** Whether the status cell says more than the status word (then the text is kept as a progress note). */
    static boolean saysMoreThanStatus(String text) {
        String t = text.strip();
        for (String[] w : STATUS_WORDS) {
            if (t.equals(w[0])) {
                return false;
            }
        }
        return t.length() > 0;
    }

    /** A 台账 cell: 整治 (the special rectifications) or 整改. */
    static Ledger ledger(RawCell cell) throws Refusal {
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.contains("整治") || text.contains("专项")) {
            return Ledger.SPECIAL;
        }
        if (text.contains("整改")) {
            return Ledger.RECTIFY;
        }
        throw new Refusal("ledgerio.problem.ledger", text);
    }
}
