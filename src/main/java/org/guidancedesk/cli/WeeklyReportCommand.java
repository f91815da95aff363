package org.guidancedesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.guidancedesk.domain.DynamicDraft;
import org.guidancedesk.domain.DynamicIssue;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.RenderedSheet;
import org.guidancedesk.report.WeekName;
import org.guidancedesk.report.WeeklyPdf;
import org.guidancedesk.report.dynamic.DynamicReport;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report weekly --db FILE [--kind sheet|dynamic] [--week 14|2026-W48] [--today YYYY-MM-DD]
 * --out FILE.pdf}: the same status sheet or 工作动态 the window exports (the 工作动态 with the
 * week's rewording and its 期号 if issued; the command never issues one). The output appears
 * whole or not at all.
 */
@Command(name = "weekly", mixinStandardHelpOptions = true,
        description = "Writes a week's status sheet (周工作进展表) or 工作动态 as PDF.")
final class WeeklyReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file (must exist)")
    Path db;

    @Option(names = "--kind", paramLabel = "sheet|dynamic", converter = KindConverter.class, defaultValue = "sheet",
            description = "sheet: the status sheet (default); dynamic: the 工作动态 sent upward")
    Kind kind;

    @Option(names = "--week", paramLabel = "WEEK", converter = WeekChoice.Converter.class,
            description = "the campaign week, e.g. 14, or the ISO week, e.g. 2026-W48 (default: the week of --today)")
    WeekChoice week;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "the day to count up to (default: today)")
    LocalDate today;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Mixin
    LanguageOption language;

    /** Which of the two weekly reports. */
    enum Kind { SHEET, DYNAMIC }

    @Override
    public Integer call() {
        Console console = Console.of(spec, language);
        LedgerCommands.mustExist(db);
        PdfOut pdf = PdfOut.of(console, out);
        LocalDate day = CliClock.day(today);
        RenderedSheet sheet;
        try (Workspace ws = LedgerCommands.openForReading(db, day)) {
            PdfOut.needGroup(ws, db);
            Group group = ws.groups().group().orElseThrow();
            Week chosen = week != null ? week.resolve(group) : Week.of(day);
            refuseOutside(group, chosen, console.i18n());
            WeeklyData data = ws.weekly().data(chosen);
            if (kind == Kind.DYNAMIC) {
                DynamicDraft draft = ws.dynamic().draft(chosen);
                sheet = DynamicReport.pdf(data, draft, ws.dynamic().settings(),
                        draft.issue().map(DynamicIssue::number).orElse(null), console.i18n());
            } else {
                sheet = WeeklyPdf.render(data, console.i18n());
            }
        }
        Path target = pdf.write(sheet.pdf());
        console.say("cli.report.written", target, sheet.pages());
        return 0;
    }

    /** A week with no day inside the campaign has nothing to report: said with the campaign's span. */
    private static void refuseOutside(Group group, Week week, I18n i18n) {
        if (!group.overlaps(week)) {
            throw new CliFailure("cli.report.weekOutside", WeekName.of(group, week, i18n),
                    i18n.shortDate(week.monday()), i18n.shortDate(week.sunday()),
                    i18n.longDate(group.start()), i18n.longDate(group.end()), group.lastWeek());
        }
    }

    /** sheet or dynamic, in either case. */
    static final class KindConverter implements CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            return EnumWord.of(Kind.class, value, "cli.usage.kind");
        }
    }
}
