package org.guidancedesk.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.guidancedesk.ui.UiExecutor;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting for an absence without a sleep: once this returns, the work queued on the executor
 * before it has run and its answers have been handled on the JavaFX thread, so a write or an
 * offer they would have made has been made.
 */
public final class Settled {
    private Settled() {}

    /** The executor's queue and the JavaFX thread drained; twice, since an answer may queue more work. */
    public static void after(UiExecutor executor) throws Exception {
        for (int round = 0; round < 2; round++) {
            // Events first: what their handlers submit is then ahead of the marker in the queue.
            WaitForAsyncUtils.waitForFxEvents();
            CompletableFuture<Void> reached = new CompletableFuture<>();
            executor.submit(() -> null, r -> reached.complete(null), reached::completeExceptionally);
            reached.get(10, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
