package org.guidancedesk.service;

import java.time.LocalDate;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.RectificationStatus;

/**
 * The words a ledger file uses for ledgers, nodes and statuses: always the Chinese of the
 * campaign's documents, whatever the window's language, so that files read back.
 */
final class LedgerWords {
    private LedgerWords() {}

    static String ledger(Ledger l) {
        return l == Ledger.SPECIAL ? "整治台账" : "整改台账";
    }

    /** 整改-007: the ledger's short name and the serial, as the window shows it in Chinese. */
    static String code(Ledger l, int serial) {
        // Concatenated, not String.format: an import writes the codes of every item of its units.
        String digits = Integer.toString(serial);
        String padded = digits.length() >= 3 ? digits : "000".substring(digits.length()) + digits;
        return (l == Ledger.SPECIAL ? "整治-" : "整改-") + padded;
    }

    static String node(LedgerNode n) {
        return switch (n) {
            case IMMEDIATE -> "立行立改";
            case DEADLINE -> "限期整改";
            case LONG_TERM -> "长期坚持";
        };
    }

    /**
     * A 整改时限 cell of an item extended: "2026年12月20日（原定2026年11月30日，已延期）", which
     * import reads back as both dates ({@link LedgerCells#due}).
     */
    static String extendedDue(LocalDate due, LocalDate original) {
        return day(due) + "（原定" + day(original) + "，" + EXTENDED + "）";
    }

    /** The word an extended due date carries. */
    static final String EXTENDED = "已延期";

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String status(RectificationStatus s) {
        return switch (s) {
            case NOT_STARTED -> "未启动";
            case IN_PROGRESS -> "整改中";
            case COMPLETED -> "已完成";
            case CLOSED -> "已销号";
            case ONGOING -> "长期坚持";
        };
    }
}
