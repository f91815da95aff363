package org.guidancedesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way off the JavaFX thread: work runs on a background "db" thread, results come
 * back on the JavaFX thread. Tests use a synchronous implementation.
 */
public interface UiExecutor {
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Waits for queued work to finish (at window close), at most the given time. */
    void shutdown(long timeoutMillis);
}
