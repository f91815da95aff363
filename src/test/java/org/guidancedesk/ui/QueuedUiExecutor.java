package org.guidancedesk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds work back until the test says: {@link #runNext()} runs the oldest piece (and its
 * answer) on the calling thread, {@link #runAll()} everything, including what that queues.
 * So a test can make a save arrive during a reload, or an item vanish while it is selected.
 */
public final class QueuedUiExecutor implements UiExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** How many pieces of work wait. */
    public int waiting() {
        return queue.size();
    }

    /** Runs the oldest waiting piece; false when nothing waits. */
    public boolean runNext() {
        Runnable next = queue.poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs until nothing waits; returns how many pieces ran. */
    public int runAll() {
        int ran = 0;
        while (runNext()) {
            ran++;
        }
        return ran;
    }

    @Override
    public void shutdown(long timeoutMillis) {
        queue.clear();
    }
}
