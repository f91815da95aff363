package org.guidancedesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.LargeDemo;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo --db FILE [--size small|large] [--seed N] [--today YYYY-MM-DD]}: writes the demo
 * group, or the large synthetic one, into a new file.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Writes a realistic demo group into a new database file (never overwrites).")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the new database file")
    Path db;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "the day the demo is relative to (default: today)")
    LocalDate today;

    @Option(names = "--size", paramLabel = "small|large", converter = SizeConverter.class, defaultValue = "small",
            description = "small: the demo group of six units (default); large: 40 units, 6,000 records, "
                    + "20,000 ledger items, 5,000 work-log entries")
    Size size;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "the large group's random seed (default 1): the same seed and day give the same file")
    long seed;

    @Mixin
    LanguageOption language;

    enum Size { SMALL, LARGE }

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
        LargeDemo.Written large = null;
        try (Workspace ws = Workspace.open(db, clock)) {
            if (size == Size.LARGE) {
                large = LargeDemo.write(ws, day, seed, LargeDemo.Size.FULL);
            } else {
                DemoData.write(ws, day);
            }
        } catch (RuntimeException e) {
            // The file did not exist before: leave nothing half-written behind.
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
            throw e;
        }
        console.say("cli.demo.written", db.toAbsolutePath());
        if (large != null) {
            console.say("cli.demo.large", large.units(), large.actions(), large.records(), large.ledgerItems(),
                    large.occurrences(), large.logEntries());
        }
        return 0;
    }

    /** small or large, in either case. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            return EnumWord.of(Size.class, value, "cli.usage.size");
        }
    }
}
