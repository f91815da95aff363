package org.guidancedesk.report;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;

/** Lays the weekly report out as a sheet: title, numbered sections, signing line, page footer. */
public final class WeeklySheet {
    private WeeklySheet() {}

    public static Sheet of(WeeklyReport report, I18n i18n) {
        WeeklyData data = report.data();
        Group g = data.checklist().group();
        Week week = data.week();
        List<Block> blocks = new ArrayList<>();
        int campaignWeek = g.campaignWeek(week.monday());
        // Before the campaign's first week there is no 第N周: name the calendar week instead.
        String weekLine = campaignWeek >= 1
                ? i18n.tr("sheet.subtitle", campaignWeek, i18n.longDate(week.monday()), i18n.shortDate(week.sunday()))
                : i18n.tr("sheet.subtitleIso", week.toString(), i18n.longDate(week.monday()), i18n.shortDate(week.sunday()));
        blocks.add(new Block.Title(i18n.tr("sheet.title", g.name()), weekLine));
        String campaignLine = data.asOf().isBefore(week.sunday())
                ? i18n.tr("sheet.campaignAsOf", g.campaign(), i18n.longDate(data.asOf())) : g.campaign();
        blocks.add(new Block.Paragraph(campaignLine, Block.Align.CENTER, true));
        int number = 1;
        for (WeeklyReport.Part<?> part : report.parts()) {
            String title = i18n.tr("sheet.heading", numeral(i18n, number++), i18n.tr(part.section().titleKey()));
            if (isEmpty(part)) {
                blocks.add(new Block.Heading(1, i18n.tr("sheet.headingNone", title)));
            } else {
                blocks.add(new Block.Heading(1, title));
                blocks.addAll(render(part, data, i18n));
            }
        }
        blocks.add(new Block.Signature(List.of(
                i18n.tr("sheet.filedBy", secretaryName(data.checklist())),
                i18n.tr("sheet.reviewedBy", leaderName(data.checklist())),
                i18n.tr("sheet.date", i18n.longDate(data.asOf())))));
        return new Sheet(i18n.tr("sheet.documentTitle", g.name(), WeekName.of(g, week, i18n)), secretaryName(data.checklist()),
                blocks, i18n.tr("sheet.footer"));
    }

    private static <T> List<Block> render(WeeklyReport.Part<T> part, WeeklyData data, I18n i18n) {
        return part.section().render(part.content(), data, i18n);
    }

    private static <T> boolean isEmpty(WeeklyReport.Part<T> part) {
        return part.section().isEmpty(part.content());
    }

    /** 一、二、… in Chinese, 1, 2, … in English. */
    private static String numeral(I18n i18n, int n) {
        String[] numerals = i18n.tr("sheet.numerals").split(",");
        return n <= numerals.length ? numerals[n - 1] : String.valueOf(n);
    }

    /** The default file name, e.g. 中央第十八指导组-第5周-周报.pdf, safe on every system. */
    public static String fileName(WeeklyData data, I18n i18n) {
        Group g = data.checklist().group();
        return WeekName.safeFileName(i18n.tr("sheet.fileName", g.name(), WeekName.of(g, data.week(), i18n)));
    }

    private static String secretaryName(Checklist c) {
        Long id = c.group().secretaryId();
        return c.members().stream().filter(m -> id != null && m.id() == id).map(Member::name).findFirst().orElse("");
    }

    private static String leaderName(Checklist c) {
        return c.members().stream().filter(m -> m.role() == MemberRole.LEADER).map(Member::name).findFirst().orElse("");
    }
}
