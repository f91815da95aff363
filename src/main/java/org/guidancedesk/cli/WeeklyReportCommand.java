package org.guidancedesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.report.RenderedSheet;
import org.guidancedesk.report.WeeklyPdf;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report weekly --db FILE [--week 2026-W48] [--today YYYY-MM-DD] --out FILE.pdf}: the
 * same PDF the window exports. The output appears whole or not at all.
 */
@Command(name = "weekly", mixinStandardHelpOptions = true,
        description = "Writes the weekly status sheet (周工作进展表) of a week as PDF.")
final class WeeklyReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file (must exist)")
    Path db;

    @Option(names = "--week", paramLabel = "YYYY-Www", converter = WeekConverter.class,
            description = "the ISO week, e.g. 2026-W48 (default: the week of --today)")
    Week week;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "the day to count up to (default: today)")
    LocalDate today;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Console console = Console.of(spec, language);
        LedgerCommands.mustExist(db);
        PdfOut pdf = PdfOut.of(out);
        LocalDate day = CliClock.day(today);
        RenderedSheet sheet;
        try (Workspace ws = LedgerCommands.openForReading(db, day)) {
            PdfOut.needGroup(ws, db);
            sheet = WeeklyPdf.render(ws.weekly().data(week != null ? week : Week.of(day)), console.i18n());
        }
        Path target = pdf.write(sheet.pdf());
        console.say("cli.report.written", target, sheet.pages());
        return 0;
    }

    /** 2026-W48, or a usage error (exit 2) naming what was given. */
    static final class WeekConverter implements CommandLine.ITypeConverter<Week> {
        @Override
        public Week convert(String value) {
            Week week;
            try {
                week = Week.parse(value);
            } catch (IllegalArgumentException e) {
                throw new KeyedConversion("cli.usage.week");
            }
            if (!DateRange.contains(week.monday()) || !DateRange.contains(week.sunday())) {
                throw new KeyedConversion("cli.usage.dateRange", DateRange.FIRST.getYear(), DateRange.LAST.getYear());
            }
            return week;
        }
    }
}
