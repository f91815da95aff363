package org.guidancedesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.report.RenderedSheet;
import org.guidancedesk.report.WeeklyPdf;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of the sheet (default: zh)")
    String lang;

    @Override
    public Integer call() throws IOException {
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be zh or en, not " + lang);
        }
        if (!Files.isRegularFile(db)) {
            throw new IllegalArgumentException("no such database file: " + db);
        }
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("the output folder does not exist: " + folder);
        }
        Path backups = org.guidancedesk.platform.DataFolder.backups(Cli.prepareDataFolder());
        ZoneId zone = ZoneId.systemDefault();
        LocalDate day = today != null ? today : LocalDate.now(zone);
        Clock clock = Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone);
        I18n i18n = I18n.forLanguage(lang);
        RenderedSheet sheet;
        try (Workspace ws = Workspace.openForReading(db, clock, backups)) {
            if (ws.groups().group().isEmpty()) {
                throw new IllegalArgumentException("the file holds no group yet: " + db);
            }
            sheet = WeeklyPdf.render(ws.weekly().data(week != null ? week : Week.of(day)), i18n);
        } catch (StoreException e) {
            throw new IllegalStateException(I18n.forLanguage("en").tr(e.reason().messageKey(), e.args()), e);
        }
        try {
            WholeFile.write(target, sheet.pdf());
        } catch (IOException e) {
            throw new IOException("cannot write " + target + " (" + e.getMessage() + ")", e);
        }
        spec.commandLine().getOut().println("wrote " + target + " (" + sheet.pages() + " page"
                + (sheet.pages() == 1 ? "" : "s") + ")");
        return 0;
    }

    /** 2026-W48, or a usage error (exit 2) naming what was given. */
    static final class WeekConverter implements CommandLine.ITypeConverter<Week> {
        @Override
        public Week convert(String value) {
            try {
                return Week.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
