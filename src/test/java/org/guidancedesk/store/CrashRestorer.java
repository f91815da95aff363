package org.guidancedesk.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process of {@link CrashTest}: restores a backup over the database through the
 * program's own store, saying {@code restoring} first and each step as it is done. Given a
 * step to stop at, it says {@code stopped} there and waits to be killed; otherwise it says
 * {@code restored} at the end.
 *
 * <p>Arguments: the database, the backups folder, the backup, and a step name or {@code -}.
 */
public final class CrashRestorer {
    private CrashRestorer() {}

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path db = Path.of(args[0]);
        Clock clock = Clock.systemDefaultZone();
        Restore.Step stopAt = args[3].equals("-") ? null : Restore.Step.valueOf(args[3]);
        out.println("restoring");
        Restore.restore(db, Path.of(args[2]), Backups.of(Path.of(args[1]), db, clock), clock, step -> {
            out.println(step);
            if (step == stopAt) {
                out.println("stopped");
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        out.println("restored");
    }
}
