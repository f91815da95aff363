package org.guidancedesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.service.Workspace;

/** Where a report's PDF goes: the folder checked before any work, the file written whole, failures naming what was given. */
final class PdfOut {
    private final Path given;
    private final Path target;

    private PdfOut(Path given) {
        this.given = given;
        this.target = given.toAbsolutePath();
    }

    /** Refuses at once an --out that does not end in .pdf (a usage error) or whose folder does not exist. */
    static PdfOut of(Console console, Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pdf")) {
            throw console.usage("cli.usage.outPdf", out);
        }
        PdfOut pdf = new PdfOut(out);
        Path folder = pdf.target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliFailure("cli.error.write.noFolder", out, folder);
        }
        return pdf;
    }

    /** Refuses a file that holds no group yet: there is no sheet to print. */
    static void needGroup(Workspace ws, Path db) {
        if (ws.groups().group().isEmpty()) {
            throw new CliFailure("cli.report.noGroup", db);
        }
    }

    /** Writes the bytes whole or not at all; returns the file written. */
    Path write(byte[] pdf) {
        try {
            WholeFile.write(target, pdf);
            return target;
        } catch (IOException e) {
            throw Failures.writing(given, e);
        }
    }
}
