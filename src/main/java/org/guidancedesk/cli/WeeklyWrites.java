package org.guidancedesk.cli;

import java.nio.file.Path;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.report.ReportFormat;
import org.guidancedesk.report.WeeklyOutput;
import org.guidancedesk.service.DynamicService;
import org.guidancedesk.service.Workspace;

/**
 * What {@code report weekly} does with a rendered report: writes it, or writes and issues it.
 * Apart from the command, so that the command line's start (picocli reads every command's
 * methods) loads nothing of the reports.
 */
final class WeeklyWrites {
    private WeeklyWrites() {}

    static void written(Console console, ReportOut file, WeeklyOutput output) {
        console.say("cli.report.written", file.write(output.bytes()), output.pages());
    }

    /**
     * Writes the file, then issues the week as {@code number} with the PDF of the same content
     * (under the file's own name, as .pdf). The number is checked first, so a refusal writes no
     * file; an issue that fails all the same takes the file back.
     */
    static void issue(Console console, Workspace ws, Week week, int number, ReportOut file, WeeklyOutput output) {
        ws.dynamic().checkNumber(week, number);
        Path target = file.write(output.bytes());
        DynamicService.Issued issued;
        try {
            issued = ws.dynamic().issue(week, number, SheetKind.EXPORT, file.fileName(ReportFormat.PDF), output.pages(),
                    output.pdf().pdf());
        } catch (RuntimeException e) {
            file.remove();
            throw e;
        }
        console.say("cli.report.written", target, output.pages());
        console.say("cli.report.issued", issued.issue().number());
        issued.deadline().ifPresent(o -> console.say("cli.report.deadlineDue", o.deadline().title(),
                console.i18n().shortDate(o.due()), issued.issue().number()));
    }
}
