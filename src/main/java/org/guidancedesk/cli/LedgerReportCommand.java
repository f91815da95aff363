package org.guidancedesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.report.LedgerPdf;
import org.guidancedesk.report.RenderedSheet;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report ledger --db FILE --out FILE.pdf [--unit NAME] [--ledger 整治|整改] [--status S]
 * [--overdue]}: the printed 台账, the same PDF the window prints. It appears whole or not at all.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Writes the rectification ledger (整改台账), or the filtered part, as a landscape PDF.")
final class LedgerReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file (must exist)")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Option(names = "--unit", paramLabel = "NAME", description = "only this unit's items")
    String unit;

    @Option(names = "--ledger", paramLabel = "整治|整改", description = "only this ledger")
    String ledger;

    @Option(names = "--status", paramLabel = "STATUS", description = "only items with this status (e.g. 整改中)")
    String status;

    @Option(names = "--overdue", description = "only overdue items")
    boolean overdue;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, hidden = true)
    LocalDate today;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Console console = Console.of(spec, language);
        LedgerCommands.mustExist(db);
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliFailure("cli.error.write.noFolder", out, folder);
        }
        RenderedSheet sheet;
        int count;
        try (Workspace ws = LedgerCommands.openForReading(db, today)) {
            if (ws.groups().group().isEmpty()) {
                throw new CliFailure("cli.report.noGroup", db);
            }
            var listing = ws.ledger().listing(LedgerCommands.filter(LedgerCommands.unitId(console, ws, unit),
                    LedgerCommands.ledger(console, ledger), LedgerCommands.status(console, status), overdue, null));
            count = listing.items().size();
            sheet = LedgerPdf.render(listing, console.i18n());
        }
        try {
            WholeFile.write(target, sheet.pdf());
        } catch (IOException e) {
            throw Failures.writing(out, e);
        }
        console.say("cli.report.ledgerWritten", target, count, sheet.pages());
        return 0;
    }
}
