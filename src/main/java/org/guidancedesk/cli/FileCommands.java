package org.guidancedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.guidancedesk.domain.FileSummary;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.DataFolder;
import org.guidancedesk.store.Backups;
import org.guidancedesk.store.Restore;
import org.guidancedesk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup}, {@code restore} and {@code check}: looking after the database file itself. */
final class FileCommands {
    private FileCommands() {}

    static Path backupsRoot() throws java.io.IOException {
        return DataFolder.backups(Cli.prepareDataFolder());
    }

    private static String describe(FileSummary s) {
        return (s.groupName().isEmpty() ? "no group yet" : s.groupName()) + ": " + s.units() + " units, "
                + s.actionRecords() + " action records, " + s.deadlines() + " deadlines, " + s.ledgerItems()
                + " ledger items (data version " + s.schemaVersion() + ")";
    }

    private static IllegalStateException failure(StoreException e) {
        return new IllegalStateException(I18n.forLanguage("en").tr(e.reason().messageKey(), e.args()), e);
    }

    private static void mustExist(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
    }

    /** A verified copy now, into the data folder's backups (or to --out). */
    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Makes a verified backup of the database (checked before it is kept).")
    static final class BackupCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file")
        Path db;

        @Option(names = "--out", paramLabel = "FILE", description = "write the backup here (must not exist) instead of the data folder's backups")
        Path out;

        @Override
        public Integer call() throws java.io.IOException {
            mustExist(db);
            PrintWriter stdout = spec.commandLine().getOut();
            try {
                if (out != null) {
                    if (Files.exists(out)) {
                        throw new IllegalArgumentException("will not overwrite " + out);
                    }
                    Backups.copyVerified(db, out);
                    stdout.println("backup written and checked: " + out);
                } else {
                    Backups.Backup b = Backups.of(backupsRoot(), db, Clock.systemDefaultZone()).create(db, Backups.Reason.MANUAL);
                    stdout.println("backup written and checked: " + b.file());
                }
                stdout.println(describe(Restore.summarize(out != null ? out : db)));
            } catch (StoreException e) {
                throw failure(e);
            }
            stdout.flush();
            return 0;
        }
    }

    /** Puts a backup in place of the file, keeping what was there. */
    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replaces the database with a backup; the current file is backed up first (or set aside if damaged).")
    static final class RestoreCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file to replace")
        Path db;

        @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "the backup to restore")
        Path from;

        @Override
        public Integer call() throws java.io.IOException {
            mustExist(from);
            PrintWriter stdout = spec.commandLine().getOut();
            try {
                Clock clock = Clock.systemDefaultZone();
                List<Path> aside = Restore.restore(db, from, Backups.of(backupsRoot(), db, clock), clock);
                for (Path p : aside) {
                    stdout.println("damaged file set aside: " + p);
                }
                stdout.println("restored " + db + " from " + from);
                stdout.println(describe(Restore.summarize(db)));
            } catch (StoreException e) {
                throw failure(e);
            }
            stdout.flush();
            return 0;
        }
    }

    /** Exit 0 for a healthy file, 1 with the reason for a damaged or foreign one. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks the database file without changing it: exit 0 healthy, 1 damaged (with the reason).")
    static final class CheckCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file")
        Path db;

        @Override
        public Integer call() {
            mustExist(db);
            try {
                FileSummary s = Restore.summarize(db);
                spec.commandLine().getOut().println("healthy: " + describe(s));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (StoreException e) {
                Object[] args = e.args();
                String detail = args.length > 1 ? " (" + args[1] + ")" : "";
                spec.commandLine().getErr().println("damaged: " + failure(e).getMessage() + detail);
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }
}
