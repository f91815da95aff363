package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;

/**
 * The demo group in a real file on Tuesday 2026-11-24 10:00 (Shanghai), with tasks that run at
 * once and collect failures: the setting of the view-model tests.
 */
public final class DemoFixture implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final List<Throwable> errors = new ArrayList<>();
    private final Workspace workspace;
    private final UiTasks tasks;

    private DemoFixture(Path folder, String language) {
        workspace = Workspace.open(DemoCopies.copy(folder.resolve("demo.db"), TODAY, clock), clock);
        tasks = new UiTasks(new SyncUiExecutor(), errors::add, I18n.forLanguage(language), clock);
    }

    /** Writes the demo into a new file in the folder and opens it. */
    public static DemoFixture open(Path folder) {
        return new DemoFixture(folder, "zh");
    }

    /** The same, with the window's texts in the given language ("en"). */
    public static DemoFixture open(Path folder, String language) {
        return new DemoFixture(folder, language);
    }

    public Workspace workspace() {
        return workspace;
    }

    public UiTasks tasks() {
        return tasks;
    }

    public Clock clock() {
        return clock;
    }

    /** Closes the file and fails the test if any task reported an error. */
    @Override
    public void close() {
        workspace.close();
        assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
    }
}
