package org.guidancedesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;

/**
 * 上报材料: the submissions due this week and next with their state, and any earlier one still
 * outstanding (overdue, in bold), as they stood on the sheet's day.
 */
public final class DeadlinesSection implements ReportSection<List<DeadlinesSection.Row>> {

    /** One occurrence as of the sheet's day. */
    public record Row(Occurrence occurrence, Occurrence.State state, LocalDate submittedOn) {}

    @Override
    public String titleKey() {
        return "sheet.deadlines";
    }

    @Override
    public List<Row> collect(WeeklyData data) {
        LocalDate from = data.week().monday();
        LocalDate to = data.week().next().sunday();
        List<Row> rows = new ArrayList<>();
        for (Occurrence o : data.occurrences()) {
            LocalDate submitted = o.submission().map(s -> s.submittedOn()).filter(d -> !d.isAfter(data.asOf())).orElse(null);
            Occurrence.State state = submitted != null ? Occurrence.State.SUBMITTED
                    : o.due().isBefore(data.asOf()) ? Occurrence.State.OVERDUE : Occurrence.State.PENDING;
            boolean inWindow = !o.due().isBefore(from) && !o.due().isAfter(to);
            if (inWindow || state == Occurrence.State.OVERDUE) {
                rows.add(new Row(o, state, submitted));
            }
        }
        return rows;
    }

    @Override
    public List<Block> render(List<Row> content, WeeklyData data, I18n i18n) {
        if (content.isEmpty()) {
            return List.of(Block.Paragraph.muted(i18n.tr("sheet.deadlines.none")));
        }
        List<Block.Column> columns = List.of(
                new Block.Column(i18n.tr("sheet.deadlines.due"), 1.9, Block.Align.CENTER),
                new Block.Column(i18n.tr("sheet.deadlines.title"), 3.7, Block.Align.LEFT),
                new Block.Column(i18n.tr("sheet.deadlines.recipient"), 2.9, Block.Align.LEFT),
                new Block.Column(i18n.tr("sheet.deadlines.state"), 1.6, Block.Align.CENTER));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> overdue = new ArrayList<>();
        for (Row r : content) {
            String due = i18n.shortDate(r.occurrence().due())
                    + (r.occurrence().deadline().dueTime() == null ? "" : " " + r.occurrence().deadline().dueTime());
            String state = r.state() != Occurrence.State.SUBMITTED
                    ? i18n.tr("sheet.deadlines.state." + r.state().name())
                    : r.occurrence().isLate()
                    ? i18n.tr("sheet.deadlines.late", r.occurrence().daysLate(), i18n.shortDate(r.submittedOn()))
                    : i18n.tr("sheet.deadlines.submittedOn", i18n.shortDate(r.submittedOn()));
            if (r.state() == Occurrence.State.OVERDUE) {
                overdue.add(rows.size());
            }
            rows.add(List.of(due, r.occurrence().deadline().title(), r.occurrence().deadline().recipient(), state));
        }
        return List.of(new Block.Table(columns, rows, overdue));
    }
}
