package org.guidancedesk.cli;

import picocli.CommandLine.Command;

/** {@code report weekly …}: reports written headless. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Writes a report as PDF, with no window.",
        subcommands = {WeeklyReportCommand.class})
final class ReportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a report, e.g. 'report weekly'");
    }
}
