package org.guidancedesk.ui.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.Unit;

/**
 * One line of the ledger table: an item with every text its cells show worked out once (the
 * table may hold 20,000), or, when grouping by unit, a unit's heading with its subtotal.
 * Immutable but for {@link #matched}, the last filter's verdict, kept so filtering is one pass.
 */
public final class LedgerRow {
    /** Where the light column sorts an item: overdue first, then due soon, open, settled. */
    enum Light { OVERDUE, DUE_SOON, OPEN, DONE }

    private final Rectification item;
    private final long unitId;
    private final int unitOrder;
    private final String unitName;
    private final String code;
    private final String searchable;
    private final Light light;
    private final String lightText;
    private final String nodeText;
    private final String dueText;
    private final String statusText;
    private final ProgressNote latest;
    private final String latestText;
    private final List<LedgerWarning> warnings;
    private final String warningsText;
    private final LedgerFigures figures;
    private final String headingText;
    /** The last filter's verdict for this item (the table's predicate reads it). */
    boolean matched = true;

    private LedgerRow(Rectification item, long unitId, int unitOrder, String unitName, String code, String searchable,
                      Light light, String lightText, String nodeText, String dueText, String statusText,
                      ProgressNote latest, String latestText, List<LedgerWarning> warnings, String warningsText,
                      LedgerFigures figures, String headingText) {
        this.item = item;
        this.unitId = unitId;
        this.unitOrder = unitOrder;
        this.unitName = unitName;
        this.code = code;
        this.searchable = searchable;
        this.light = light;
        this.lightText = lightText;
        this.nodeText = nodeText;
        this.dueText = dueText;
        this.statusText = statusText;
        this.latest = latest;
        this.latestText = latestText;
        this.warnings = warnings;
        this.warningsText = warningsText;
        this.figures = figures;
        this.headingText = headingText;
    }

    /** An item's line. */
    static LedgerRow item(Rectification r, Unit unit, ProgressNote latest, List<LedgerWarning> warnings, LedgerTexts t,
                          LocalDate today, int warnDays) {
        TrafficLight l = r.light(today, warnDays);
        Light light = switch (l) {
            case RED -> Light.OVERDUE;
            case YELLOW -> Light.DUE_SOON;
            default -> r.status().settled() ? Light.DONE : Light.OPEN;
        };
        String unitName = unit == null ? "" : unit.name();
        String code = t.code(r);
        List<LedgerWarning> kept = List.copyOf(warnings);
        return new LedgerRow(r, r.unitId(), unit == null ? Integer.MAX_VALUE : unit.sortOrder(), unitName, code,
                code.toLowerCase(java.util.Locale.ROOT) + "\n" + unitName.toLowerCase(java.util.Locale.ROOT) + "\n"
                        + LedgerFilter.searchable(r),
                light, t.light(light), t.node(r.node()), t.due(r), t.status(r.status()), latest,
                latest == null ? "" : t.progressLine(latest), kept, t.warnings(kept), null, "");
    }

    /** A unit's heading with the subtotal of the items the filter shows. */
    static LedgerRow heading(Unit unit, LedgerFigures figures, LedgerTexts t) {
        return new LedgerRow(null, unit.id(), unit.sortOrder(), unit.name(), "", "", null, "", "", "", "", null, "",
                List.of(), "", figures, t.subtotal(figures));
    }

    public boolean isHeading() {
        return item == null;
    }

    /** The item's id, or 0 for a heading. */
    public long id() {
        return item == null ? 0 : item.id();
    }

    /** The item; {@code null} for a heading. */
    public Rectification item() { return item; }

    public long unitId() { return unitId; }

    int unitOrder() { return unitOrder; }

    public String unitName() { return unitName; }

    /** 整改-007 */
    public String code() { return code; }

    String searchable() { return searchable; }

    Light light() { return light; }

    /** ✘ 逾期, ◐ 即将到期, ○, ✔ */
    public String lightText() { return lightText; }

    public String nodeText() { return nodeText; }

    public String dueText() { return dueText; }

    public String statusText() { return statusText; }

    public ProgressNote latest() { return latest; }

    /** 11月18日 已建立落实台账 */
    public String latestText() { return latestText; }

    public List<LedgerWarning> warnings() { return warnings; }

    /** The warnings' messages, one a line (the ⚠ column's tooltip). */
    public String warningsText() { return warningsText; }

    /** A heading's figures, or {@code null}. */
    public LedgerFigures figures() { return figures; }

    /** A heading's subtotal: 共 5 项 · 已完成 2 · 整改中 3 · 逾期 1 */
    public String headingText() { return headingText; }

    /** Same content (the filter's verdict aside). */
    boolean sameAs(LedgerRow o) {
        return o != null && Objects.equals(item, o.item) && Objects.equals(latest, o.latest)
                && warnings.equals(o.warnings) && light == o.light && Objects.equals(figures, o.figures)
                && unitName.equals(o.unitName) && unitOrder == o.unitOrder && dueText.equals(o.dueText);
    }

    @Override
    public String toString() {
        return isHeading() ? unitName + " " + headingText : code + " " + item.problem();
    }
}
