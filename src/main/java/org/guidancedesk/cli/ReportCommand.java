package org.guidancedesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report weekly …}, {@code report ledger …}: reports written headless. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Writes a report as PDF, with no window.",
        subcommands = {WeeklyReportCommand.class, LedgerReportCommand.class})
final class ReportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Override
    public void run() {
        throw Console.of(spec, language).usage("cli.usage.nameReport");
    }
}
