package org.guidancedesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.guidancedesk.platform.DataFolder;
import org.guidancedesk.store.FilePermissions;
import org.guidancedesk.ui.App;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guidance-desk [--db FILE] [--lang zh|en]} opens the window; subcommands run
 * headless. Exit codes: 0 ok, 2 bad usage, 1 failure (one line on stderr).
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

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of the window (default: zh, or the one chosen in the window)")
    String lang;

    /** Parses and runs; returns the exit code, or {@link #WINDOW_STARTED}. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + oneLine(e));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--lang must be zh or en, not " + lang);
        }
        Path dataFolder = prepareDataFolder();
        Path file = db != null ? db : dataFolder.resolve(DataFolder.DEFAULT_DB);
        App.launch(file.toAbsolutePath(), dataFolder, lang);
        return WINDOW_STARTED;
    }

    /**
     * Creates the private data folder and points SQLite's native-library extraction at it, so
     * a /tmp mounted noexec does not stop the program.
     */
    static Path prepareDataFolder() throws IOException {
        Path folder = Path.of(System.getProperty("guidancedesk.data", DataFolder.resolve().toString()));
        FilePermissions.createPrivateFolder(folder);
        Path natives = folder.resolve("native");
        FilePermissions.createPrivateFolder(natives);
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            System.setProperty("org.sqlite.tmpdir", natives.toString());
        }
        return folder;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ').strip();
    }

    /** The version from the jar's manifest. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"GuidanceDesk " + org.guidancedesk.platform.Version.current()};
        }
    }
}
