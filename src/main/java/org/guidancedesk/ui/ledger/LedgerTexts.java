package org.guidancedesk.ui.ledger;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.i18n.I18n;

/**
 * The ledger's words: item codes (整改-007), lights, dates, warnings and subtotals. No JavaFX;
 * safe to use off the JavaFX thread (rows are built where the data is read).
 */
public final class LedgerTexts {
    private final I18n i18n;
    private final LocalDate today;
    // Worked out once: rows are built by the thousand (one instance is used by one thread at a time).
    private final Map<Ledger, String> shortNames = new EnumMap<>(Ledger.class);
    private final Map<LedgerNode, String> nodes = new EnumMap<>(LedgerNode.class);
    private final Map<RectificationStatus, String> statuses = new EnumMap<>(RectificationStatus.class);
    private final Map<LedgerRow.Light, String> lights = new EnumMap<>(LedgerRow.Light.class);
    /** The table's narrow light column: the symbol and at most two characters ("◐ 临期"). */
    private final Map<LedgerRow.Light, String> shortLights = new EnumMap<>(LedgerRow.Light.class);
    private final MessageFormat codeFormat;
    private final MessageFormat progressFormat;

    public LedgerTexts(I18n i18n, LocalDate today) {
        this.i18n = i18n;
        this.today = today;
        for (Ledger l : Ledger.values()) {
            shortNames.put(l, i18n.tr("ledgerShort", l));
        }
        for (LedgerNode n : LedgerNode.values()) {
            nodes.put(n, i18n.tr("node", n));
        }
        for (RectificationStatus s : RectificationStatus.values()) {
            statuses.put(s, i18n.tr("rectStatus", s));
        }
        for (LedgerRow.Light l : LedgerRow.Light.values()) {
            String key = switch (l) {
                case OVERDUE -> "overdue";
                case DUE_SOON -> "dueSoon";
                case OPEN -> "open";
                case DONE -> "done";
            };
            lights.put(l, i18n.tr("ledger.light." + key));
            shortLights.put(l, i18n.tr("ledger.light.short." + key));
        }
        codeFormat = new MessageFormat(i18n.tr("ledger.code"), i18n.locale());
        progressFormat = new MessageFormat(i18n.tr("ledger.progressLine"), i18n.locale());
    }

    public I18n i18n() {
        return i18n;
    }

    /** 整改-007: the ledger's short name and the serial. */
    public String code(Rectification r) {
        return code(r.ledger(), r.serial());
    }

    public String code(Ledger ledger, int serial) {
        return codeFormat.format(new Object[] {shortNames.get(ledger), serial});
    }

    String light(LedgerRow.Light light) {
        return lights.get(light);
    }

    /** The light as the table's narrow column shows it (the full word in its tooltip). */
    String lightShort(LedgerRow.Light light) {
        return shortLights.get(light);
    }

    public String node(LedgerNode node) {
        return nodes.get(node);
    }

    public String status(RectificationStatus status) {
        return statuses.get(status);
    }

    public String ledger(Ledger ledger) {
        return i18n.tr("ledgerName", ledger);
    }

    public String ledgerShort(Ledger ledger) {
        return shortNames.get(ledger);
    }

    /**
     * The due date (11月30日 this year, 2027年6月30日 another; an extended item's marked 12月20日（延）),
     * or 长期 / — for an item without one.
     */
    String due(Rectification r) {
        if (r.due() != null) {
            return r.extended() ? i18n.tr("ledger.due.extended", milestone(r.due())) : milestone(r.due());
        }
        return r.node() == LedgerNode.LONG_TERM ? i18n.tr("ledger.due.longTerm") : i18n.tr("ledger.due.none");
    }

    /** The due date in full, and for an extended item both dates; {@code null} without one. */
    String dueTip(Rectification r) {
        if (r.due() == null) {
            return null;
        }
        return r.extended() ? i18n.tr("ledger.due.extendedTip", i18n.longDate(r.originalDue()), i18n.longDate(r.due()))
                : i18n.longDate(r.due());
    }

    /** "已延期：原定完成时限 11月30日，现延至 12月20日", or "" for an item never extended. */
    String extension(Rectification r) {
        return r.extended() ? i18n.tr("ledger.detail.extended", milestone(r.originalDue()), milestone(r.due())) : "";
    }

    /** "来源：工作记录 · 11月30日 实地调研" / "来源：审阅把关 · 调研题目 第1轮反馈（11月19日）". */
    String origin(org.guidancedesk.domain.ItemOrigin o) {
        if (o instanceof org.guidancedesk.domain.ItemOrigin.Finding f) {
            return i18n.tr("ledger.detail.origin.finding", milestone(f.on()), i18n.tr("workKind." + f.kind().name()));
        }
        org.guidancedesk.domain.ItemOrigin.ReviewPoint p = (org.guidancedesk.domain.ItemOrigin.ReviewPoint) o;
        return i18n.tr("ledger.detail.origin.review", p.document(), p.round(), milestone(p.on()));
    }

    /** A line of the item's history in words: a note as written, a 延期 or 退回 with what it decided. */
    String history(ProgressNote n) {
        return org.guidancedesk.report.HistoryLine.of(n, i18n, this::milestone);
    }

    /** 11月30日 this year, 2027年6月30日 in another. */
    public String milestone(LocalDate date) {
        return date.getYear() == today.getYear() ? i18n.shortDate(date) : i18n.longDate(date);
    }

    /** 11月18日 已建立落实台账 (the note's first line). */
    String progressLine(ProgressNote n) {
        String text = history(n);
        int newline = text.indexOf('\n');
        return progressFormat.format(new Object[] {milestone(n.on()), newline < 0 ? text : text.substring(0, newline) + " …"});
    }

    /** A warning's message; a near-duplicate names the other item by its code. */
    public String warning(LedgerWarning w) {
        List<Object> args = new ArrayList<>(w.args());
        if (w.kind() == LedgerWarning.Kind.NEAR_DUPLICATE && !args.isEmpty()) {
            try {
                args.set(0, i18n.tr("ledgerShort", Ledger.valueOf(String.valueOf(args.get(0)))));
            } catch (IllegalArgumentException e) {
                // an unknown ledger name is shown as it is
            }
        }
        return i18n.tr(w.messageKey(), args.toArray());
    }

    String warnings(List<LedgerWarning> warnings) {
        return warnings.stream().map(w -> "⚠ " + warning(w)).collect(Collectors.joining("\n"));
    }

    /** 共 5 项 · 已完成 2 · 整改中 3 · 逾期 1 */
    String subtotal(LedgerFigures f) {
        String text = i18n.tr("ledger.group.subtotal", f.total(), f.completed(), f.inProgress(), f.overdue());
        if (f.notStarted() > 0) {
            text += " · " + i18n.tr("ledger.group.notStarted", f.notStarted());
        }
        return f.ongoing() == 0 ? text : text + " · " + i18n.tr("ledger.group.ongoing", f.ongoing());
    }
}
