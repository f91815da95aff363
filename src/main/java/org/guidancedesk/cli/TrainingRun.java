package org.guidancedesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.Week;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.App;

/**
 * The training run the packaged program's AOT cache (JDK 25, JEPs 483/514/515) is made from
 * when the package is built: once, in a temporary folder, what a user's first minutes load — the
 * commands on a demo group (written, checked, its weekly sheet and ledger as PDF, exported and
 * imported back), every section's reads, and then the window's first screen until its first
 * frame with data (the start-up probe) — so that the classes all this needs come loaded and
 * linked from the cache instead of from the jar.
 *
 * <pre>java -XX:AOTCacheOutput=FILE -cp guidance-desk.jar org.guidancedesk.cli.TrainingRun [--window MODE]</pre>
 *
 * MODE: {@code headless} (the default when Monocle is on the class path, as in the package's
 * jar: no display needed), {@code display} (the machine's own toolkit and display), {@code none}.
 * Not a command of the program; exit 0 when every step did what it should, else 1 with the
 * step's output, so a broken training fails the build instead of leaving a cache that trained
 * on an error.
 */
public final class TrainingRun {
    /** The demo's day: a fixed one, so every build trains on the same data. */
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";
    /** A training whose window never shows its first screen ends here instead of hanging the build. */
    private static final long WINDOW_TIMEOUT_MS = 120_000;

    /** How the window is trained. */
    enum Window { HEADLESS, DISPLAY, NONE }

    private TrainingRun() {}

    public static void main(String[] args) throws IOException {
        Window window = args.length == 2 && args[0].equals("--window")
                ? Window.valueOf(args[1].toUpperCase(java.util.Locale.ROOT)) : defaultWindow();
        Path dir = Files.createTempDirectory("guidance-desk-training");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        try {
            Path db = commands(dir);
            readSections(db);
            if (window == Window.NONE) {
                System.out.println("training: commands and reads done; window not trained");
                return;
            }
            trainWindow(window, db, dir.resolve("data"));
        } catch (RuntimeException e) {
            System.err.println("training failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Window defaultWindow() {
        try {
            Class.forName(MONOCLE, false, TrainingRun.class.getClassLoader());
            return Window.HEADLESS;
        } catch (ClassNotFoundException e) {
            return Window.NONE;
        }
    }

    /**
     * Runs the commands a user runs, in this process, on a new demo group in {@code dir}; returns
     * the demo file. Each must exit 0.
     */
    static Path commands(Path dir) {
        System.setProperty("guidancedesk.data", dir.resolve("data").toString());
        String db = dir.resolve("demo.db").toString();
        String day = DAY.toString();
        String[][] runs = {
            {"demo", "--db", db, "--today", day},
            {"check", "--db", db},
            {"agenda", "--db", db, "--today", day},
            {"report", "weekly", "--db", db, "--today", day, "--out", dir.resolve("sheet.pdf").toString()},
            {"report", "weekly", "--kind", "dynamic", "--db", db, "--today", day, "--out", dir.resolve("dynamic.docx").toString()},
            {"report", "ledger", "--db", db, "--out", dir.resolve("ledger.pdf").toString()},
            {"export", "rectifications", "--db", db, "--out", dir.resolve("ledger.xlsx").toString()},
            {"import", "rectifications", "--db", db, "--in", dir.resolve("ledger.xlsx").toString(), "--dry-run"},
            {"export", "checklist", "--db", db, "--out", dir.resolve("checklist.csv").toString()},
            {"--version"},
        };
        for (String[] run : runs) {
            StringWriter said = new StringWriter();
            PrintWriter out = new PrintWriter(said, true);
            int code = Cli.run(out, out, run);
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", run) + " exited " + code + ": " + said);
            }
        }
        return Path.of(db);
    }

    /** What the window's sections read beyond what the commands did, as they read it; by what it is. */
    static Map<String, Object> readSections(Path db) {
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.fixed(DAY.atTime(9, 0).atZone(zone).toInstant(), zone);
        Map<String, Object> read = new LinkedHashMap<>();
        try (Workspace ws = Workspace.openForReading(db, clock, null)) {
            Week week = Week.of(DAY);
            read.put("group", ws.groups().group().orElseThrow());
            read.put("members", ws.groups().members());
            read.put("units", ws.units().units());
            read.put("actions", ws.catalog().actions());
            read.put("checklist", ws.checklist().load());
            read.put("deadlines", ws.deadlines().occurrences());
            read.put("agenda", ws.agenda().agenda(60));
            read.put("ledger", ws.ledger().snapshot());
            read.put("listing", ws.ledger().listing(LedgerFilter.ALL));
            read.put("milestones", ws.ledger().milestones());
            read.put("worklog", ws.workLog().entries());
            read.put("workFigures", ws.workLog().figures(DateRange.FIRST, DAY, DAY));
            read.put("coverage", ws.workLog().coverage(DAY));
            read.put("roster", ws.workLog().roster());
            read.put("reviewKinds", ws.reviews().kinds());
            read.put("reviews", ws.reviews().reviews());
            read.put("reviewFigures", ws.reviews().figures(DateRange.FIRST, DAY));
            read.put("weekly", ws.weekly().data(week));
            read.put("archive", ws.weekly().archived());
            read.put("dynamic", ws.dynamic().draft(week));
            read.put("issues", ws.dynamic().issues());
            read.put("trash", ws.history().trash());
        }
        return read;
    }

    /**
     * Opens the window on the demo until its first frame with data: the start-up probe prints
     * {@code startup-ms} and ends the toolkit, and with it this process.
     */
    private static void trainWindow(Window window, Path db, Path dataFolder) {
        if (window == Window.HEADLESS) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        System.setProperty("guidancedesk.startupProbe", "true");
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(WINDOW_TIMEOUT_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("training failed: the window showed no first screen in " + WINDOW_TIMEOUT_MS / 1000 + " s");
            Runtime.getRuntime().halt(1);
        }, "training-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        App.launch(db, dataFolder, "zh", CompletableFuture.completedFuture(null));
    }

    /** Best effort, at exit: what is left is in the temporary folder anyway. */
    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("training: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
