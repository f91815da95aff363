package org.guidancedesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.AgendaService;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agenda --db FILE [--today D] [--days 7] [--csv]}: what is overdue and what is due soon. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = "Prints overdue and upcoming items (reporting deadlines and planned actions).")
final class AgendaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file (must exist)")
    Path db;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "the day to look from (default: today)")
    LocalDate today;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "how many days ahead (default: 7)")
    int days;

    @Option(names = "--csv", description = "CSV (UTF-8) instead of a table")
    boolean csv;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws IOException {
        Console console = Console.of(spec, language);
        if (days < 0 || days > 366) {
            throw console.usage("cli.usage.days", String.valueOf(days));
        }
        LedgerCommands.mustExist(db);
        LocalDate day = CliClock.day(today);
        AgendaService.Agenda agenda;
        try (Workspace ws = LedgerCommands.openForReading(db, day)) {
            agenda = ws.agenda().agenda(days);
        }
        I18n i18n = console.i18n();
        List<List<String>> rows = new ArrayList<>();
        for (AgendaItem item : agenda.overdue()) {
            rows.add(row(item, i18n, csv));
        }
        for (AgendaItem item : agenda.upcoming()) {
            rows.add(row(item, i18n, csv));
        }
        List<String> header = new ArrayList<>(List.of(i18n.tr("agenda.light"), i18n.tr("agenda.date"),
                i18n.tr("agenda.kind"), i18n.tr("agenda.unit"), i18n.tr("agenda.title")));
        if (csv) {
            header.add(i18n.tr("agenda.liaison"));
            PlainTable.csv(spec.commandLine().getOut(), header, rows);
        } else if (rows.isEmpty()) {
            console.say("agenda.nothing", days);
        } else {
            PlainTable.print(console, header, rows);
        }
        return 0;
    }

    /** A line of the table (the liaison beside the unit) or of the CSV (the liaison a column of its own, for sorting). */
    private static List<String> row(AgendaItem item, I18n i18n, boolean csv) {
        String unit = item.unit().isEmpty() ? i18n.tr("agenda.group") : item.unit();
        List<String> row = new ArrayList<>(List.of(i18n.tr("light", item.light()), item.date().toString(),
                org.guidancedesk.report.AgendaWords.kind(item, i18n),
                csv || item.liaison().isEmpty() || item.unit().isEmpty() ? unit
                        : i18n.tr("agenda.unitWithLiaison", item.unit(), item.liaison()),
                item.title()));
        if (csv) {
            row.add(item.liaison());
        }
        return row;
    }
}
