package org.guidancedesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo --db FILE [--today YYYY-MM-DD]}: writes the demo group into a new file. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Writes a realistic demo group into a new database file (never overwrites).")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the new database file")
    Path db;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "the day the demo is relative to (default: today)")
    LocalDate today;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws IOException {
        Console console = Console.of(spec, language);
        if (Files.exists(db)) {
            throw new CliFailure("cli.demo.exists", db);
        }
        Cli.dataFolder();
        LocalDate day = CliClock.day(today);
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.fixed(day.atTime(9, 0).atZone(zone).toInstant(), zone);
        try (Workspace ws = Workspace.open(db, clock)) {
            DemoData.write(ws, day);
        } catch (RuntimeException e) {
            // The file did not exist before: leave nothing half-written behind.
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
            throw e;
        }
        console.say("cli.demo.written", db.toAbsolutePath());
        return 0;
    }
}
