package org.guidancedesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine.Option;

/** {@code --db FILE [--today D]}: the existing file a command reads (beside a window that may hold it), as of a day. */
final class ReadOptions {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file (must exist)")
    Path db;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, hidden = true)
    LocalDate today;

    Workspace open() {
        return LedgerCommands.openForReading(db, today);
    }

    /** Opens the file to write it too (holding its lock): for a reading command that must leave a record. */
    Workspace openForWriting() {
        return LedgerCommands.open(db, today);
    }
}
