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
}
