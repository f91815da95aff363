package org.guidancedesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.guidancedesk.domain.FileSummary;
import org.guidancedesk.platform.DataFolder;
import org.guidancedesk.service.BackupService;
import org.guidancedesk.store.DatabasePath;
import org.guidancedesk.store.Restore;
import org.guidancedesk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup}, {@code restore} and {@code check}: looking after the database file itself. */
final class FileCommands {
    private FileCommands() {}

    /** The window's backup service, on the data folder's backups (the folder is made if missing). */
    static BackupService backups() {
        return new BackupService(DataFolder.backups(Cli.dataFolder()), CliClock.system());
    }

    private static String describe(Console console, FileSummary s) {
        return console.tr("cli.summary", s.groupName().isEmpty() ? console.tr("cli.summary.noGroup") : s.groupName(),
                s.units(), s.actionRecords(), s.deadlines(), s.ledgerItems(), s.schemaVersion());
    }

    private static void mustExist(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure("cli.error.noFile", file);
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

        @Mixin
        LanguageOption language;

        @Override
        public Integer call() {
            Console console = Console.of(spec, language);
            mustExist(db);
            BackupService backups = backups();
            if (out != null) {
                if (Files.exists(out)) {
                    throw new CliFailure("cli.backup.exists", out);
                }
                console.say("cli.backup.written", backups.copyAs(db, out));
            } else {
                console.say("cli.backup.written", backups.create(db).file());
            }
            console.line(describe(console, backups.summarize(out != null ? out : db)));
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

        @Mixin
        LanguageOption language;

        @Override
        public Integer call() {
            Console console = Console.of(spec, language);
            mustExist(from);
            BackupService backups = backups();
            for (Path p : backups.restore(db, from)) {
                console.say("cli.restore.setAside", p);
            }
            console.say("cli.restore.done", db, from);
            console.line(describe(console, backups.summarize(db)));
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

        @Mixin
        LanguageOption language;

        @Override
        public Integer call() {
            Console console = Console.of(spec, language);
            mustExist(db);
            Cli.loadSqlite();
            try {
                DatabasePath.refuseOtherNames(DatabasePath.resolve(db));
                FileSummary s = Restore.summarize(db);
                console.say("cli.check.healthy", describe(console, s));
                return 0;
            } catch (StoreException e) {
                String reason = Failures.describe(console.i18n(), e);
                Object[] args = e.args();
                String detail = args.length > 1 ? String.valueOf(args[1]) : "";
                if (detail.isEmpty() || reason.contains(detail)) {
                    console.warn("cli.check.damaged", reason);
                } else {
                    console.warn("cli.check.damagedDetail", reason, detail);
                }
                return 1;
            }
        }
    }
}
