package org.guidancedesk.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.service.Workspace;

/**
 * The child process of {@link CrashTest}: opens the file through the program's own store (with
 * backups, as the window does) and adds ledger items in a loop, one transaction each, printing
 * the number of each item only after its commit returned. It runs until it is killed.
 * With {@code backup} it makes a manual backup after each commit, saying {@code backup} before
 * and {@code backed-up} after, so the kills land mostly in backups.
 *
 * <p>Arguments: the database, the backups folder, the first number to write, and optionally {@code backup}.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path db = Path.of(args[0]);
        int n = Integer.parseInt(args[2]);
        boolean backUp = args.length > 3 && args[3].equals("backup");
        try (Workspace ws = Workspace.open(db, Clock.systemDefaultZone(), Path.of(args[1]))) {
            long unit = ws.units().units().get(0).id();
            LocalDate today = ws.ledger().today();
            out.println("open");
            while (true) {
                ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit, today).problem("crash-" + n)
                        .due(today.plusDays(30)).build());
                out.println(n);
                n++;
                if (backUp) {
                    out.println("backup");
                    ws.backups().orElseThrow().create(db, Backups.Reason.MANUAL);
                    out.println("backed-up");
                }
            }
        }
    }
}
