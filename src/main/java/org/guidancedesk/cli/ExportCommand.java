package org.guidancedesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.guidancedesk.service.LedgerFileException;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export rectifications …}: the ledger as .xlsx or .csv. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports from the database to a file.",
        subcommands = {ExportCommand.Rectifications.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to export, e.g. 'export rectifications'");
    }

    /** Writes the ledger (optionally filtered) whole or not at all; .csv or .xlsx by the name. */
    @Command(name = "rectifications", mixinStandardHelpOptions = true,
            description = "Exports the rectification ledger (整改台账) to .xlsx or .csv.")
    static final class Rectifications implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file (must exist)")
        Path db;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|FILE.csv", description = "the file to write")
        Path out;

        @Option(names = "--unit", paramLabel = "NAME", description = "only this unit's items")
        String unit;

        @Option(names = "--ledger", paramLabel = "整治|整改", description = "only this ledger")
        String ledger;

        @Option(names = "--status", paramLabel = "STATUS", description = "only items with this status (e.g. 整改中)")
        String status;

        @Option(names = "--overdue", description = "only overdue items")
        boolean overdue;

        @Option(names = "--text", paramLabel = "WORDS", description = "only items containing these words")
        String text;

        @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, hidden = true)
        LocalDate today;

        @Override
        public Integer call() throws java.io.IOException {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--out must end in .xlsx or .csv: " + out);
            }
            try (Workspace ws = LedgerCommands.openForReading(db, today)) {
                int count = ws.ledgerExport().export(out, LedgerCommands.filter(LedgerCommands.unitId(spec, ws, unit),
                        LedgerCommands.ledger(spec, ledger), LedgerCommands.status(spec, status), overdue, text));
                spec.commandLine().getOut().println("exported " + count + " items to " + out);
                spec.commandLine().getOut().flush();
                return 0;
            } catch (LedgerFileException e) {
                throw LedgerCommands.fileError(e, "en");
            }
        }
    }
}
