package org.guidancedesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;

/**
 * The demo group written once per test run (for each day and clock it is asked for) and
 * copied for each test: writing it takes about a tenth of a second with every commit forced
 * to disk, copying a few milliseconds. A copy is the same file a test would have written.
 */
public final class DemoCopies {
    private record Key(LocalDate today, Instant now) {}

    private static final Map<Key, Path> TEMPLATES = new ConcurrentHashMap<>();

    private DemoCopies() {}

    /** Puts a demo file at {@code target} (which must not exist), as {@code DemoData.write} would on that clock. */
    public static Path copy(Path target, LocalDate today, Clock clock) {
        Path template = TEMPLATES.computeIfAbsent(new Key(today, clock.instant()), k -> write(today, clock));
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            return Files.copy(template, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(LocalDate today, Clock clock) {
        try {
            Path folder = Files.createTempDirectory("demo-template");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve("demo.db");
            try (Workspace ws = Workspace.open(file, clock)) {
                DemoData.write(ws, today);
            }
            // Closed, so every commit is in the file itself and no -wal is needed beside a copy.
            file.toFile().deleteOnExit();
            folder.resolve("demo.db.lock").toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
