package org.guidancedesk.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The command line's one clock, as the window's is {@code App}'s: the system's in its zone, or
 * noon of {@code --today} when a command is given one. Every command's today, every workspace
 * and backup it opens, and so the change log's time, come from here.
 */
final class CliClock {
    private CliClock() {}

    /** Now, in the system's zone. */
    static Clock system() {
        return Clock.system(ZoneId.systemDefault());
    }

    /** Noon of {@code today}, or the system's clock when no day was given ({@code null}). */
    static Clock asOf(LocalDate today) {
        ZoneId zone = ZoneId.systemDefault();
        return today == null ? Clock.system(zone) : Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    /** {@code --today}, or the clock's day. */
    static LocalDate day(LocalDate today) {
        return LocalDate.now(asOf(today));
    }
}
