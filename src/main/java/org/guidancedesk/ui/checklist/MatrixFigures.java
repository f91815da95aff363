package org.guidancedesk.ui.checklist;

import java.time.LocalDate;
import java.util.List;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Completion;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;

/**
 * The matrix's figures as it is shown at one moment (the checklist, the scope's actions, the
 * columns, the unit filter): each row's done count, each unit's completion and light in the
 * total row, the overall figure and light.
 */
public final class MatrixFigures {
    private final Checklist checklist;
    private final List<RequiredAction> actions;
    private final List<MatrixColumn> columns;
    private final ActionScope scope;
    private final Unit unitFilter;
    private final LocalDate today;
    private final int warnDays;
    private final I18n i18n;

    MatrixFigures(Checklist checklist, List<RequiredAction> actions, List<MatrixColumn> columns, ActionScope scope,
                  Unit unitFilter, LocalDate today, int warnDays, I18n i18n) {
        this.checklist = checklist;
        this.actions = actions;
        this.columns = columns;
        this.scope = scope;
        this.unitFilter = unitFilter;
        this.today = today;
        this.warnDays = warnDays;
        this.i18n = i18n;
    }

    /** "2/4" for an action row over the visible columns; a percentage on the total row. */
    public String completionText(MatrixRow row) {
        if (row instanceof MatrixRow.ActionRow ar) {
            Completion c = completionOf(ar.action());
            return c.done() + "/" + c.applicable();
        }
        if (row instanceof MatrixRow.TotalRow) {
            return lightSymbol(overallLight()) + " " + percent(overallCompletion());
        }
        return "";
    }

    /**
     * The total row's value in a unit column: that unit's completion over every action of the
     * scope, on the same basis as the overall figure whatever the phase or state filter shows.
     */
    public String columnCompletion(MatrixColumn col) {
        Completion c = Completion.NONE;
        for (RequiredAction a : actions) {
            c = c.plus(checklist.record(new RecordKey(a.id(), col.unitId())).status());
        }
        return percent(c);
    }

    /**
     * The traffic light of a unit's progress (the total row's cell): red when something of it
     * is overdue, yellow when something falls due soon, green when it is on track, grey when
     * nothing of it is due by any date yet. Not the percentage: 8 % on time is on track.
     */
    public org.guidancedesk.domain.TrafficLight columnLight(MatrixColumn col) {
        return checklist.progressLight(col.unitId(), actions, today, warnDays);
    }

    /** The same light over every cell the overall figure counts. */
    public org.guidancedesk.domain.TrafficLight overallLight() {
        Checklist c = checklist;
        if (scope == ActionScope.GROUP) {
            return c.progressLight(null, c.groupItems(), today, warnDays);
        }
        return c.progressLight(c.unitActions(), unitFilter == null ? c.units() : List.of(unitFilter),
                today, warnDays);
    }

    /** "● 8%": the total row's cell, its light's symbol beside the colour. */
    public String columnCompletionText(MatrixColumn col) {
        return lightSymbol(columnLight(col)) + " " + columnCompletion(col);
    }

    /** "南山县完成率 8%，有逾期": the total row's cell for screen readers. */
    public String columnCompletionAccessible(MatrixColumn col) {
        return i18n.tr("checklist.unitCompletionOf", col.title(), columnCompletion(col))
                + i18n.tr("checklist.progressAccessible", i18n.tr("checklist.progress", columnLight(col)));
    }

    static String lightSymbol(org.guidancedesk.domain.TrafficLight light) {
        return switch (light) {
            case RED -> "●";
            case YELLOW -> CellView.DUE_SOON_SYMBOL;
            case GREEN -> "○";
            case GREY -> "—";
        };
    }

    private Completion completionOf(RequiredAction a) {
        Completion c = Completion.NONE;
        for (MatrixColumn col : columns) {
            c = c.plus(checklist.record(new RecordKey(a.id(), col.unitId())).status());
        }
        return c;
    }

    /** Completion over every cell of the current scope (filters apart from unit ignored). */
    Completion overallCompletion() {
        Checklist c = checklist;
        List<Unit> over = unitFilter == null ? c.units() : List.of(unitFilter);
        return scope == ActionScope.GROUP ? c.completionOfGroupItems(c.groupItems())
                : c.completionOverall(c.unitActions(), over);
    }

    private String percent(Completion c) {
        return c.applicable() == 0 ? "—" : c.percent() + "%";
    }
}
