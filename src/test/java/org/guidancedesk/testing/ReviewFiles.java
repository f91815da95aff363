package org.guidancedesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.service.Workspace;

/**
 * A small group of its own for the review tests (two units, the standard catalogue, no demo
 * reviews in the way), opened on a clock at 10:00 of any day: the same file seen on different days.
 */
public final class ReviewFiles {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate START = LocalDate.of(2026, 10, 19);

    private ReviewFiles() {}

    public static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** Writes the group into a new file and leaves it open on the day given. */
    public static Workspace create(Path file, LocalDate day) {
        Workspace ws = Workspace.open(file, at(day));
        ws.groups().createGroup(new Group("中央第一指导组", "主题教育", START, START.plusMonths(4), null), "李明");
        ws.units().add(new Unit(0, "南山县", UnitKind.COUNTY, "", "", 0, null));
        ws.units().add(new Unit(0, "西岭市", UnitKind.CITY, "", "", 0, null));
        return ws;
    }

    public static Workspace open(Path file, LocalDate day) {
        return Workspace.open(file, at(day));
    }

    public static long unit(Workspace ws, int i) {
        return ws.units().units().get(i).id();
    }

    public static ReviewKind kind(Workspace ws, String name) {
        return ws.reviews().kinds().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }
}
