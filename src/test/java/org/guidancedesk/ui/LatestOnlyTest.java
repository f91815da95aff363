package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The newest request wins: one at a time, only the newest waits, stale results are not shown. */
class LatestOnlyTest {
    @Test
    void whileOneRunsOnlyTheNewestRequestWaitsAndAStaleResultIsNotShown() {
        QueuedUiExecutor executor = new QueuedUiExecutor();
        LatestOnly latest = new LatestOnly();
        List<String> shown = new ArrayList<>();
        List<String> started = new ArrayList<>();
        for (String what : List.of("a", "ab", "abc")) {
            latest.request(turn -> {
                started.add(what);
                executor.submit(() -> what.toUpperCase(), result -> {
                    if (turn.current()) {
                        shown.add(result);
                    }
                    turn.end();
                }, e -> turn.end());
            });
        }
        assertEquals(List.of("a"), started, "one at a time");
        assertTrue(latest.busy());
        executor.runNext();
        assertEquals(List.of(), shown, "'a' was made stale by newer requests");
        assertEquals(List.of("a", "abc"), started, "'ab' was replaced by 'abc' while it waited");
        executor.runAll();
        assertEquals(List.of("ABC"), shown);
        assertFalse(latest.busy());
    }

    @Test
    void aFailedTurnStillLetsTheNextOneRun() {
        QueuedUiExecutor executor = new QueuedUiExecutor();
        LatestOnly latest = new LatestOnly();
        List<String> results = new ArrayList<>();
        latest.request(turn -> executor.submit(() -> {
            throw new IllegalStateException("read failed");
        }, r -> turn.end(), e -> {
            results.add("failed");
            turn.end();
        }));
        latest.request(turn -> executor.submit(() -> "ok", r -> {
            results.add(r);
            turn.end();
        }, e -> turn.end()));
        executor.runAll();
        assertEquals(List.of("failed", "ok"), results);
    }

    @Test
    void upToDateOnlyWhileTheNewestRequestsResultIsTheOneShown() {
        QueuedUiExecutor executor = new QueuedUiExecutor();
        LatestOnly latest = new LatestOnly();
        java.util.function.Consumer<LatestOnly.Turn> job = turn -> executor.submit(() -> "r", r -> turn.shown(), e -> turn.end());
        assertFalse(latest.upToDate(), "nothing shown yet");
        latest.request(job);
        executor.runAll();
        assertTrue(latest.upToDate());

        latest.request(job);
        assertFalse(latest.upToDate(), "a change asked for since");
        latest.request(job);
        executor.runNext();
        assertFalse(latest.upToDate(), "the first of the two was stale when it ended");
        executor.runAll();
        assertTrue(latest.upToDate());

        latest.request(turn -> executor.submit(() -> { throw new IllegalStateException(); }, r -> turn.shown(),
                e -> turn.end()));
        executor.runAll();
        assertFalse(latest.upToDate(), "a failed turn leaves the older result shown, which is not up to date");
    }
}
