package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.i18n.I18n;
import org.junit.jupiter.api.Test;

/** Background work's failures: handled by the caller when it takes them, else told by the window, always logged. */
class UiTasksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:47:03Z"), ZoneId.of("Asia/Shanghai"));
    private final List<Throwable> reported = new ArrayList<>();
    private final QueuedUiExecutor db = new QueuedUiExecutor();
    private final QueuedUiExecutor work = new QueuedUiExecutor();
    private final UiTasks tasks = new UiTasks(db, work, reported::add, I18n.forLanguage("zh"), CLOCK);

    @Test
    void aReadOrComputationThatFailsGoesToItsCallbackAndNotToTheWindow() {
        List<Throwable> failed = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("read failed");
        tasks.read(() -> { throw boom; }, r -> { throw new AssertionError("no result"); }, failed::add);
        tasks.compute(() -> { throw boom; }, r -> { throw new AssertionError("no result"); }, failed::add);
        assertEquals(1, db.waiting(), "the read waits for the database thread");
        assertEquals(1, work.waiting(), "the computation for the worker");
        db.runAll();
        work.runAll();
        assertEquals(List.of(boom, boom), failed);
        assertEquals(List.of(), reported);
    }

    @Test
    void aWriteWithACallbackSaysSavedOrNotSavedAndHandsTheFailureOver() {
        List<String> saved = new ArrayList<>();
        tasks.writeOr(() -> "ok", saved::add, e -> { throw new AssertionError(e); });
        db.runAll();
        assertEquals(List.of("ok"), saved);
        assertEquals("已保存 17:47:03", tasks.statusProperty().get());

        List<Throwable> failed = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("disk full");
        tasks.writeOr(() -> { throw boom; }, r -> { throw new AssertionError("no result"); }, failed::add);
        db.runAll();
        assertEquals(List.of(boom), failed);
        assertEquals("未保存：出现错误", tasks.statusProperty().get());
        assertEquals(List.of(), reported, "the caller says it where the user looks");
    }

    @Test
    void reportAfterTidiesUpFirstAndThenTellsTheWindow() {
        List<String> steps = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("unexpected");
        tasks.read(() -> { throw boom; }, r -> { }, tasks.reportAfter(() -> steps.add("busy cleared")));
        db.runAll();
        assertEquals(List.of("busy cleared"), steps);
        assertEquals(1, reported.size());
        assertSame(boom, reported.get(0));
        assertEquals("未保存：出现错误", tasks.statusProperty().get());
    }

    @Test
    void settledOnceSomethingCameBackAndNothingIsUnderWay() {
        assertFalse(tasks.settled(), "nothing read yet: the screen shows no data");
        tasks.read(() -> "rows", rows -> tasks.compute(() -> "preview", p -> { }));
        assertFalse(tasks.settled());
        db.runAll();
        assertFalse(tasks.settled(), "the read's result asked for a computation still under way");
        work.runAll();
        assertTrue(tasks.settled());
        tasks.read(() -> { throw new IllegalStateException("gone"); }, r -> { }, e -> { });
        assertFalse(tasks.settled());
        db.runAll();
        assertTrue(tasks.settled(), "a failure comes back too");
    }

    @Test
    void aResultReadWithTheFileCountsAsComeBack() {
        tasks.arrivedBeforehand();
        assertTrue(tasks.settled(), "the first screen shows data read before its tasks existed");
        tasks.read(() -> "more", r -> { });
        assertFalse(tasks.settled());
        db.runAll();
        assertTrue(tasks.settled());
    }

    @Test
    void whatWaitsForSettledRunsAfterTheLastResultIsShown() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        tasks.read(() -> "rows", rows -> {
            seen.add(rows);
            tasks.compute(() -> "preview", seen::add);
        });
        tasks.whenSettled(() -> seen.add("settled"));
        db.runAll();
        assertEquals(java.util.List.of("rows"), seen, "a computation the result asked for is still under way");
        work.runAll();
        assertEquals(java.util.List.of("rows", "preview", "settled"), seen);
        tasks.whenSettled(() -> seen.add("at once"));
        assertEquals("at once", seen.get(seen.size() - 1));
    }
}
