package org.guidancedesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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

    @Mixin
    ReadOptions file;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Mixin
    LedgerFilterOptions which;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Console console = Console.of(spec, language);
        LedgerCommands.mustExist(file.db);
        ReportOut pdf = ReportOut.pdf(console, out);
        RenderedSheet sheet;
        int count;
        try (Workspace ws = file.open()) {
            ReportOut.needGroup(ws, file.db);
            var listing = ws.ledger().listing(which.filter(console, ws, null));
            count = listing.items().size();
            sheet = LedgerPdf.render(listing, console.i18n());
        }
        Path target = pdf.write(sheet.pdf());
        console.say("cli.report.ledgerWritten", target, count, sheet.pages());
        return 0;
    }
}
