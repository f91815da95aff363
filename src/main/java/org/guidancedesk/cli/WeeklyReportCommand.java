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
import org.guidancedesk.report.WeekName;
import org.guidancedesk.report.WeeklyOutput;
import org.guidancedesk.report.dynamic.DynamicReport;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report weekly --db FILE [--kind sheet|dynamic [--issue]] [--week 14|2026-W48]
 * [--today YYYY-MM-DD] --out FILE.pdf|FILE.docx}: the same status sheet or 工作动态 the window
 * saves, as PDF or as an editable Word file by the name's extension (the 工作动态 with the week's
 * rewording and its 期号 if issued). The command only reads, unless {@code --issue} asks it to
 * issue the 工作动态 as the window's export does: the week's 期号 given (its own, or the next
 * free), and the PDF of the same content kept in the archive whichever format is written. The
 * output appears whole or not at all, and is taken back if the issue cannot be recorded.
 */
@Command(name = "weekly", mixinStandardHelpOptions = true,
        description = "Writes a week's status sheet (周工作进展表) or 工作动态 as PDF or .docx.")
final class WeeklyReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file (must exist)")
    Path db;

    @Option(names = "--kind", paramLabel = "sheet|dynamic", converter = KindConverter.class, defaultValue = "sheet",
            description = "sheet: the status sheet (default); dynamic: the 工作动态 sent upward")
    Kind kind;

    @Option(names = "--issue", description = "with --kind dynamic: issue it (give the week its 期号, archive its PDF)")
    boolean issue;

    @Option(names = "--week", paramLabel = "WEEK", converter = WeekChoice.Converter.class,
            description = "the campaign week, e.g. 14, or the ISO week, e.g. 2026-W48 (default: the week of --today)")
    WeekChoice week;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "the day to count up to (default: today)")
    LocalDate today;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf|FILE.docx", description = "the file to write: .pdf or .docx")
    Path out;

    @Mixin
    LanguageOption language;

    /** Which of the two weekly reports. */
    enum Kind { SHEET, DYNAMIC }

    @Override
    public Integer call() {
        Console console = Console.of(spec, language);
        if (issue && kind != Kind.DYNAMIC) {
            throw console.usage("cli.usage.issueDynamic");
        }
        LedgerCommands.mustExist(db);
        ReportOut file = ReportOut.weekly(console, out);
        LocalDate day = CliClock.day(today);
        try (Workspace ws = issue ? LedgerCommands.open(db, day) : LedgerCommands.openForReading(db, day)) {
            ReportOut.needGroup(ws, db);
            Group group = ws.groups().group().orElseThrow();
            Week chosen = week != null ? week.resolve(group) : Week.of(day);
            refuseOutside(group, chosen, console.i18n());
            WeeklyData data = ws.weekly().data(chosen);
            if (kind == Kind.SHEET) {
                WeeklyWrites.written(console, file, WeeklyOutput.sheet(data, console.i18n(), file.format()));
                return 0;
            }
            DynamicDraft draft = ws.dynamic().draft(chosen);
            Integer number = issue ? Integer.valueOf(ws.dynamic().numberFor(chosen))
                    : draft.issue().map(DynamicIssue::number).orElse(null);
            WeeklyOutput output = DynamicReport.output(data, draft, ws.dynamic().settings(), number, console.i18n(), file.format());
            if (!issue) {
                WeeklyWrites.written(console, file, output);
                return 0;
            }
            WeeklyWrites.issue(console, ws, chosen, number, file, output);
        }
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
