package org.guidancedesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;

/**
 * The demo group written once per test run (for each day and clock it is asked for) and
 * copied for each test: writing it takes a tenth of a second or more with every commit forced
 * to disk, copying a few milliseconds. A copy leaves what writing and closing would have left:
 * the file (owner-only, no -wal) and its empty lock file beside it. Only the demo's writes
 * belong to an earlier opening, as if the test had written the demo and opened it again.
 */
public final class DemoCopies {
    private record Key(LocalDate today, Instant now, ZoneId zone) {}

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private static final Map<Key, Path> TEMPLATES = new ConcurrentHashMap<>();

    private DemoCopies() {}

    /** Puts a demo file at {@code target} (which must not exist), as {@code DemoData.write} would on that clock. */
    public static Path copy(Path target, LocalDate today, Clock clock) {
        Path template = TEMPLATES.computeIfAbsent(new Key(today, clock.instant(), clock.getZone()),
                k -> write(today, Clock.fixed(k.now(), k.zone())));
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(template, target);
            Path lock = target.resolveSibling(target.getFileName() + ".lock");
            if (!Files.exists(lock)) {
                Files.createFile(lock);
            }
            if (POSIX) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
                Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-------"));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file {@code demo --db target --today day} writes: the demo on that day at 9:00 in the system's zone. */
    public static Path asDemoCommand(Path target, LocalDate day) {
        ZoneId zone = ZoneId.systemDefault();
        return copy(target, day, Clock.fixed(day.atTime(9, 0).atZone(zone).toInstant(), zone));
    }

    /** Opens a fresh copy of the demo at {@code target} on the clock. */
    public static Workspace open(Path target, LocalDate today, Clock clock) {
        return Workspace.open(copy(target, today, clock), clock);
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
