package org.guidancedesk.cli;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.DataFolder;
import org.guidancedesk.platform.LogFile;
import org.guidancedesk.store.FilePermissions;
import org.guidancedesk.ui.App;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guidance-desk [--db FILE] [--lang zh|en]} opens the window; subcommands run
 * headless. Exit codes: 0 ok, 2 bad usage, 1 failure (one line on stderr). Every message is
 * in the language of {@code --lang} (Chinese by default); picocli's own {@code --help} text
 * is English.
 */
@Command(name = "guidance-desk", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = "GuidanceDesk 指导组工作台: with no command, opens the window.",
        subcommands = {DemoCommand.class, ReportCommand.class, AgendaCommand.class, ImportCommand.class,
                ExportCommand.class, FileCommands.BackupCommand.class, FileCommands.RestoreCommand.class,
                FileCommands.CheckCommand.class})
public final class Cli implements java.util.concurrent.Callable<Integer> {
    /** Returned by {@link #run} when the window was started and the JVM must stay alive. */
    public static final int WINDOW_STARTED = -1;

    @Option(names = "--db", paramLabel = "FILE", description = "the database file (default: guidance-desk.db in the data folder)")
    Path db;

    @Option(names = "--lang", paramLabel = "zh|en", converter = LanguageOption.Converter.class,
            description = "language of the window (default: zh, or the one chosen in the window)")
    String lang;

    private static final System.Logger LOG = System.getLogger(Cli.class.getName());

    /** Parses and runs; returns the exit code, or {@link #WINDOW_STARTED}. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        LogFile.quietUntilInstalled();
        java.util.Optional<WindowArgs> window = WindowArgs.parse(args);
        if (window.isPresent()) {
            return startWindow(window.get(), err, args);
        }
        String language = LanguageOption.scan(args);
        // `--lang en report ledger …` speaks English too: the command's own --lang defaults to it.
        System.setProperty(LanguageOption.SCANNED, language);
        I18n i18n = I18n.forLanguage(language);
        java.util.Optional<CommandPath> path = CommandPath.of(Cli.class, args);
        CommandLine cl = path.map(p -> new CommandLine(p.command()).setCommandName(p.name()))
                .orElseGet(() -> new CommandLine(new Cli()));
        String[] toParse = path.map(CommandPath::rest).orElse(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new UsageErrors(i18n));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            LOG.log(System.Logger.Level.WARNING, "command failed: " + String.join(" ", args), e);
            line.getErr().println(TerminalText.safe(Failures.describe(i18n, e)));
            line.getErr().flush();
            return 1;
        });
        return cl.execute(toParse);
    }

    @Override
    public Integer call() {
        return openWindow(db, lang);
    }

    /** The window, its options read without picocli; a failure is one line, as a command's. */
    private static int startWindow(WindowArgs window, PrintWriter err, String... args) {
        try {
            return openWindow(window.db(), window.lang());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "command failed: " + String.join(" ", args), e);
            err.println(TerminalText.safe(Failures.describe(I18n.forLanguage(LanguageOption.scan(args)), e)));
            err.flush();
            return 1;
        }
    }

    private static int openWindow(Path db, String lang) {
        Path dataFolder = privateDataFolder();
        Path file = db != null ? db : dataFolder.resolve(DataFolder.DEFAULT_DB);
        // The log and SQLite's native library (a tenth of a second or more) are made ready
        // while the toolkit starts, not before it; if the library cannot be loaded anywhere,
        // the program still stops with its one line.
        CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> prepare(dataFolder), daemon("prepare"));
        try {
            App.launch(file.toAbsolutePath(), dataFolder, lang, ready);
        } catch (RuntimeException noWindow) {
            awaitReady(ready); // a missing native library is the cause to name, if it is one
            throw noWindow;
        }
        awaitReady(ready);
        return WINDOW_STARTED;
    }

    private static void awaitReady(CompletableFuture<Void> ready) {
        try {
            ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static java.util.concurrent.Executor daemon(String name) {
        return work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            t.start();
        };
    }

    /** The data folder named by {@code guidancedesk.data}, or the platform's. */
    private static Path dataFolderPath() {
        return Path.of(System.getProperty("guidancedesk.data", DataFolder.resolve().toString()));
    }

    /**
     * Creates the private data folder (backups and window state live there) and loads SQLite;
     * one sentence naming the folder if it cannot be made.
     */
    static Path dataFolder() {
        Path folder = privateDataFolder();
        prepare(folder);
        return folder;
    }

    /** The log in the data folder (where there is one) and SQLite's native library: what every run needs first. */
    private static void prepare(Path folderOrNull) {
        if (folderOrNull != null) {
            LogFile.install(folderOrNull);
        }
        SqliteLibrary.load(folderOrNull);
    }

    /** Creates the private data folder; one sentence naming the folder if it cannot be made. */
    private static Path privateDataFolder() {
        Path folder = dataFolderPath();
        try {
            FilePermissions.createPrivateFolder(folder);
        } catch (IOException e) {
            String key = Failures.diskFull(e) ? "cli.error.dataFolderFull"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "cli.error.dataFolderIsFile"
                    : e instanceof java.nio.file.AccessDeniedException ? "cli.error.dataFolderDenied"
                    : "cli.error.dataFolder";
            throw new CliFailure(e, key, folder, Failures.detail(e));
        }
        return folder;
    }

    /**
     * Loads SQLite for a command that only reads a file: the data folder is used for the
     * native library and the log if it can be made, but is not needed. Returns the folder
     * where it could be made.
     */
    static java.util.Optional<Path> loadSqlite() {
        Path folder = dataFolderPath();
        try {
            FilePermissions.createPrivateFolder(folder);
        } catch (IOException e) {
            folder = null;
        }
        prepare(folder);
        return java.util.Optional.ofNullable(folder);
    }

    /** The version from the jar's manifest. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"GuidanceDesk " + org.guidancedesk.platform.Version.current()};
        }
    }
}
