package org.guidancedesk.domain;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What the ledger table shows: each criterion left {@code null} (or false, or blank) lets every
 * item through. A filter can be saved by name as a short text ({@link #encode()}).
 *
 * @param text         words searched in the serial, problem, measures, 整改标准, people, category, evidence and remarks
 * @param extendedOnly only items whose due date was extended (已延期)
 */
public record LedgerFilter(Long unitId, Ledger ledger, String category, RectificationStatus status, LedgerNode node,
                           boolean overdueOnly, boolean warningsOnly, String text, boolean extendedOnly) {
    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, null, false, false, "", false);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public LedgerFilter {
        text = text == null ? "" : text.strip();
        category = category == null || category.isBlank() ? null : category;
    }

    /** A filter that does not ask for 已延期. */
    public LedgerFilter(Long unitId, Ledger ledger, String category, RectificationStatus status, LedgerNode node,
                        boolean overdueOnly, boolean warningsOnly, String text) {
        this(unitId, ledger, category, status, node, overdueOnly, warningsOnly, text, false);
    }

    // One criterion changed, the others kept (the filter bar sets one at a time).
    public LedgerFilter withUnit(Long v) {
        return new LedgerFilter(v, ledger, category, status, node, overdueOnly, warningsOnly, text, extendedOnly);
    }

    public LedgerFilter withLedger(Ledger v) {
        return new LedgerFilter(unitId, v, category, status, node, overdueOnly, warningsOnly, text, extendedOnly);
    }

    public LedgerFilter withCategory(String v) {
        return new LedgerFilter(unitId, ledger, v, status, node, overdueOnly, warningsOnly, text, extendedOnly);
    }

    public LedgerFilter withStatus(RectificationStatus v) {
        return new LedgerFilter(unitId, ledger, category, v, node, overdueOnly, warningsOnly, text, extendedOnly);
    }

    public LedgerFilter withNode(LedgerNode v) {
        return new LedgerFilter(unitId, ledger, category, status, v, overdueOnly, warningsOnly, text, extendedOnly);
    }

    public LedgerFilter withOverdueOnly(boolean v) {
        return new LedgerFilter(unitId, ledger, category, status, node, v, warningsOnly, text, extendedOnly);
    }

    public LedgerFilter withWarningsOnly(boolean v) {
        return new LedgerFilter(unitId, ledger, category, status, node, overdueOnly, v, text, extendedOnly);
    }

    public LedgerFilter withText(String v) {
        return new LedgerFilter(unitId, ledger, category, status, node, overdueOnly, warningsOnly, v, extendedOnly);
    }

    public LedgerFilter withExtendedOnly(boolean v) {
        return new LedgerFilter(unitId, ledger, category, status, node, overdueOnly, warningsOnly, text, v);
    }

    /** The text an item is searched by, lower-cased once (cache it: filtering runs on every key). */
    public static String searchable(Rectification r) {
        return (r.ledger().ordinal() + "-" + r.serial() + " " + r.serial() + "\n" + r.problem() + "\n" + r.measures()
                + "\n" + r.standard() + "\n" + r.leader() + "\n" + r.owner() + "\n" + r.category() + "\n" + r.evidence() + "\n"
                + r.remarks() + "\n" + r.verifiedBy()).toLowerCase(Locale.ROOT);
    }

    /**
     * @param searchable   {@link #searchable(Rectification)} of the item
     * @param hasWarnings  whether the item has a warning not dismissed
     */
    public boolean matches(Rectification r, String searchable, boolean hasWarnings, LocalDate today) {
        if (unitId != null && r.unitId() != unitId) {
            return false;
        }
        if (ledger != null && r.ledger() != ledger) {
            return false;
        }
        if (category != null && !category.equals(r.category())) {
            return false;
        }
        if (status != null && r.status() != status) {
            return false;
        }
        if (node != null && r.node() != node) {
            return false;
        }
        if (overdueOnly && !r.overdue(today)) {
            return false;
        }
        if (warningsOnly && !hasWarnings) {
            return false;
        }
        if (extendedOnly && !r.extended()) {
            return false;
        }
        return text.isEmpty() || allWordsIn(searchable);
    }

    private boolean allWordsIn(String searchable) {
        // Runs for every item on every key: the pattern compiled once (String.split compiles a
        // regex of more than one character at each call: 72 ms over 20,000 items, mostly that).
        for (String word : SPACES.split(text.toLowerCase(Locale.ROOT))) {
            if (!searchable.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return equals(ALL);
    }

    /** A short text to keep the filter under a name: {@code key=value&...}, values URL-encoded. */
    public String encode() {
        Map<String, String> m = new LinkedHashMap<>();
        if (unitId != null) m.put("unit", unitId.toString());
        if (ledger != null) m.put("ledger", ledger.name());
        if (category != null) m.put("category", category);
        if (status != null) m.put("status", status.name());
        if (node != null) m.put("node", node.name());
        if (overdueOnly) m.put("overdue", "1");
        if (warningsOnly) m.put("warnings", "1");
        if (!text.isEmpty()) m.put("text", text);
        if (extendedOnly) m.put("extended", "1");
        StringJoiner j = new StringJoiner("&");
        m.forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    /** Reads {@link #encode()}'s text; unknown keys and values are ignored (a filter saved by a newer version). */
    public static LedgerFilter decode(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : spec == null ? new String[0] : spec.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return new LedgerFilter(parseLong(m.get("unit")), parseEnum(Ledger.class, m.get("ledger")), m.get("category"),
                parseEnum(RectificationStatus.class, m.get("status")), parseEnum(LedgerNode.class, m.get("node")),
                "1".equals(m.get("overdue")), "1".equals(m.get("warnings")), m.get("text"), "1".equals(m.get("extended")));
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        try {
            return s == null ? null : Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
