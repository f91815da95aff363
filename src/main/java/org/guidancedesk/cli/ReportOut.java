package org.guidancedesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.report.ReportFormat;
import org.guidancedesk.service.Workspace;

/**
 * Where a report goes: its format from the name's extension, the folder checked before any
 * work, the file written whole, failures naming what was given.
 */
final class ReportOut {
    /** Word processors' own formats we do not write: named in the refusal, with .docx offered. */
    private static final List<String> OTHER_WORD_FORMATS = List.of(".doc", ".wps", ".odt", ".rtf", ".wpt", ".dot", ".dotx");

    private final Path given;
    private final Path target;
    private final ReportFormat format;

    private ReportOut(Path given, ReportFormat format) {
        this.given = given;
        this.target = given.toAbsolutePath();
        this.format = format;
    }

    /** A PDF only (the printed 台账): any other name is a usage error, as is a folder that does not exist. */
    static ReportOut pdf(Console console, Path out) {
        if (ReportFormat.of(name(out)).orElse(null) != ReportFormat.PDF) {
            throw console.usage("cli.usage.outPdf", out);
        }
        return checked(out, ReportFormat.PDF);
    }

    /** A weekly report: .pdf or .docx by the name, anything else a usage error saying so. */
    static ReportOut weekly(Console console, Path out) {
        String name = name(out);
        ReportFormat format = ReportFormat.of(name).orElseThrow(() -> {
            String lower = name.toLowerCase(Locale.ROOT);
            return OTHER_WORD_FORMATS.stream().filter(lower::endsWith).findFirst()
                    .map(ext -> console.usage("cli.usage.outWordFormat", out, ext))
                    .orElseGet(() -> console.usage("cli.usage.outWeekly", out));
        });
        return checked(out, format);
    }

    private static String name(Path out) {
        return out.getFileName() == null ? "" : out.getFileName().toString();
    }

    private static ReportOut checked(Path out, ReportFormat format) {
        ReportOut report = new ReportOut(out, format);
        Path folder = report.target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliFailure("cli.error.write.noFolder", out, folder);
        }
        return report;
    }

    ReportFormat format() {
        return format;
    }

    /** The file's own name (as given), in the other format: the name its PDF is archived under. */
    String fileName(ReportFormat as) {
        return as.rename(target.getFileName().toString());
    }

    /** Refuses a file that holds no group yet: there is no sheet to print. */
    static void needGroup(Workspace ws, Path db) {
        if (ws.groups().group().isEmpty()) {
            throw new CliFailure("cli.report.noGroup", db);
        }
    }

    /** Writes the bytes whole or not at all; returns the file written. */
    Path write(byte[] bytes) {
        try {
            WholeFile.write(target, bytes);
            return target;
        } catch (IOException e) {
            throw Failures.writing(given, e);
        }
    }

    /** Takes back a file just written when what had to follow it failed; a failure to do so is left to the caller's. */
    void remove() {
        try {
            Files.deleteIfExists(target);
        } catch (IOException ignored) {
            // the caller's failure is the one to report
        }
    }
}
