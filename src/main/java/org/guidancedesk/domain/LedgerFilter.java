package org.guidancedesk.domain;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the ledger table shows: each criterion left {@code null} (or false, or blank) lets every
 * item through. A filter can be saved by name as a short text ({@link #encode()}).
 *
 * @param text words searched in the serial, problem, measures, people, category, evidence and remarks
 */
public record LedgerFilter(Long unitId, Ledger ledger, String category, RectificationStatus status, LedgerNode node,
                           boolean overdueOnly, boolean warningsOnly, String text) {
    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, null, false, false, "");

    public LedgerFilter {
        text = text == null ? "" : text.strip();
        category = category == null || category.isBlank() ? null : category;
    }

    /** The text an item is searched by, lower-cased once (cache it: filtering runs on every key). */
    public static String searchable(Rectification r) {
        return (r.ledger().ordinal() + "-" + r.serial() + " " + r.serial() + "\n" + r.problem() + "\n" + r.measures()
                + "\n" + r.leader() + "\n" + r.owner() + "\n" + r.category() + "\n" + r.evidence() + "\n"
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
        return text.isEmpty() || allWordsIn(searchable);
    }

    private boolean allWordsIn(String searchable) {
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
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
                "1".equals(m.get("overdue")), "1".equals(m.get("warnings")), m.get("text"));
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
