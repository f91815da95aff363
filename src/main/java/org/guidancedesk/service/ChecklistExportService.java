package org.guidancedesk.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Completion;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.tabular.XlsxWriter;

/**
 * The 规定动作 matrix as a file: one row per action (then the group's own work items), one
 * column per unit (then 本组), each cell "✔ 11月20日", "计划 12月3日", "✘ 逾期", "不适用" or
 * blank, and a last row with each unit's completion. Units go across because there are fewer
 * of them than actions: the sheet prints on A4 landscape one page wide.
 */
public final class ChecklistExportService {
    private static final double SERIAL_WIDTH = 5;
    private static final double PHASE_WIDTH = 9;
    private static final double TITLE_WIDTH = 30;
    private static final double UNIT_WIDTH = 15;

    private final ChecklistService checklist;
    private final I18n i18n;

    /** What was written: how many units across and action rows down. */
    public record Written(int units, int actions) {}

    public ChecklistExportService(ChecklistService checklist, I18n i18n) {
        this.checklist = checklist;
        this.i18n = i18n;
    }

    /** Writes the whole checklist as of today to {@code out}: .csv by its name, .xlsx otherwise. */
    public Written export(Path out) {
        Checklist c = checklist.load();
        LocalDate today = checklist.today();
        boolean groupColumn = !c.groupItems().isEmpty();
        List<XlsxWriter.Column> columns = new ArrayList<>(List.of(
                new XlsxWriter.Column(i18n.tr("export.serial"), SERIAL_WIDTH),
                new XlsxWriter.Column(i18n.tr("export.checklist.phase"), PHASE_WIDTH),
                new XlsxWriter.Column(i18n.tr("export.checklist.action"), TITLE_WIDTH)));
        c.units().forEach(u -> columns.add(new XlsxWriter.Column(u.name(), UNIT_WIDTH)));
        if (groupColumn) {
            columns.add(new XlsxWriter.Column(i18n.tr("export.checklist.group"), UNIT_WIDTH));
        }

        List<TableExport.Line> lines = new ArrayList<>();
        int serial = 0;
        for (RequiredAction a : c.unitActions()) {
            List<Object> row = start(++serial, a);
            for (Unit u : c.units()) {
                row.add(cell(a, c.record(new RecordKey(a.id(), u.id())), today));
            }
            if (groupColumn) {
                row.add(null);
            }
            lines.add(new TableExport.Line(row, XlsxWriter.Highlight.NONE));
        }
        for (RequiredAction a : c.groupItems()) {
            List<Object> row = start(++serial, a);
            c.units().forEach(u -> row.add(null));
            ActionRecord r = c.record(RecordKey.ofGroupItem(a.id()));
            row.add(a.repeats() && r.status() != org.guidancedesk.domain.ActionStatus.NOT_APPLICABLE
                    ? repeatCell(c.repeatProgress(a, today)) : cell(a, r, today));
            lines.add(new TableExport.Line(row, XlsxWriter.Highlight.NONE));
        }
        List<Object> totals = new ArrayList<>(List.of("", "", i18n.tr("export.checklist.completion")));
        c.units().forEach(u -> totals.add(completion(c.completionOfUnit(u.id(), c.unitActions()))));
        if (groupColumn) {
            totals.add(completion(c.completionOfGroupItems(c.groupItems())));
        }
        lines.add(new TableExport.Line(totals, XlsxWriter.Highlight.NONE));

        String title = (c.group().name() + " " + i18n.tr("export.checklist.title")).strip();
        XlsxWriter.Sheet sheet = new XlsxWriter.Sheet(i18n.tr("export.checklist.sheet"), title,
                TableExport.subtitle(i18n, today, "export.checklist.count", serial), columns);
        TableExport.write(out, sheet, lines);
        return new Written(c.units().size(), serial);
    }

    private List<Object> start(int serial, RequiredAction a) {
        return new ArrayList<>(List.of(serial, a.phase().name(), a.title()));
    }

    /** The cell's words as of today; an overdue one light red. */
    private Object cell(RequiredAction a, ActionRecord r, LocalDate today) {
        CellState state = r.state(a, today);
        String text = switch (state) {
            case DONE -> r.done() == null ? i18n.tr("export.checklist.done")
                    : i18n.tr("export.checklist.doneOn", i18n.shortDate(r.done()));
            case SCHEDULED -> r.planned() == null ? i18n.tr("export.checklist.scheduled")
                    : i18n.tr("export.checklist.planned", i18n.shortDate(r.planned()));
            case OVERDUE -> r.planned() == null ? i18n.tr("export.checklist.overdue")
                    : i18n.tr("export.checklist.overduePlanned", i18n.shortDate(r.planned()));
            case NOT_APPLICABLE -> i18n.tr("export.checklist.notApplicable");
            case NOT_SCHEDULED -> null;
        };
        return state == CellState.OVERDUE ? new XlsxWriter.Cell(text, XlsxWriter.Highlight.RED) : text;
    }

    /** A repeating item: "已开展 5/12 次", with the missed ones counted (light red). */
    private Object repeatCell(org.guidancedesk.domain.RepeatProgress p) {
        String text = i18n.tr("export.checklist.held", p.heldCount(), p.dates().size());
        return p.missed().isEmpty() ? text : new XlsxWriter.Cell(text + i18n.tr("export.checklist.missed",
                p.missed().size()), XlsxWriter.Highlight.RED);
    }

    /** "8/14（57%）" */
    private String completion(Completion c) {
        return i18n.tr("export.checklist.completionCell", c.done(), c.applicable(), c.percent());
    }
}
