package org.guidancedesk.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.tabular.XlsxWriter;

/**
 * 上报材料 as a file: every occurrence of every deadline by date, with its state as of today
 * (待报, 逾期, 已报, 迟报 N 天), when it was sent and what; overdue rows light red, late and
 * due-soon ones light yellow, as in the ledger export.
 */
public final class DeadlineExportService {
    private static final double[] WIDTHS = {5, 30, 12, 7, 26, 9, 13, 12, 28};

    private final DeadlineService deadlines;
    private final ChecklistService checklist;
    private final I18n i18n;

    public DeadlineExportService(DeadlineService deadlines, ChecklistService checklist, I18n i18n) {
        this.deadlines = deadlines;
        this.checklist = checklist;
        this.i18n = i18n;
    }

    /** Writes every occurrence to {@code out} (.csv by its name, .xlsx otherwise); returns how many. */
    public int export(Path out) {
        List<Occurrence> occurrences = deadlines.occurrences();
        Checklist c = checklist.load();
        LocalDate today = deadlines.today();
        int warnDays = deadlines.warnDays();
        Map<Long, String> members = new HashMap<>();
        c.members().forEach(m -> members.put(m.id(), m.name()));

        String[] headers = {"export.serial", "export.deadlines.title", "export.deadlines.due", "export.deadlines.time",
                "export.deadlines.recipient", "export.deadlines.responsible", "export.deadlines.state",
                "export.deadlines.submittedOn", "export.deadlines.sent"};
        List<XlsxWriter.Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            columns.add(new XlsxWriter.Column(i18n.tr(headers[i]), WIDTHS[i]));
        }
        List<TableExport.Line> lines = new ArrayList<>();
        int serial = 0;
        for (Occurrence o : occurrences) {
            Deadline d = o.deadline();
            Submission s = o.submission().orElse(null);
            List<Object> row = new ArrayList<>();
            row.add(++serial);
            row.add(d.title());
            row.add(o.due());
            row.add(d.dueTime() == null ? null : d.dueTime().toString());
            row.add(d.recipient());
            row.add(d.responsibleId() == null ? null : members.get(d.responsibleId()));
            row.add(state(o, today));
            row.add(s == null ? null : s.submittedOn());
            row.add(s == null ? null : s.sent());
            lines.add(new TableExport.Line(row, TableExport.highlight(o.light(today, warnDays))));
        }
        String title = (c.group().name() + " " + i18n.tr("export.deadlines.heading")).strip();
        XlsxWriter.Sheet sheet = new XlsxWriter.Sheet(i18n.tr("export.deadlines.sheet"), title,
                TableExport.subtitle(i18n, today, "export.deadlines.count", serial), columns);
        TableExport.write(out, sheet, lines);
        return serial;
    }

    /** 待报 / 逾期 / 已报 / 迟报 5 天 */
    private String state(Occurrence o, LocalDate today) {
        if (o.isLate()) {
            return i18n.tr("export.deadlines.late", o.daysLate());
        }
        return i18n.tr("export.deadlines.state", o.state(today));
    }
}
