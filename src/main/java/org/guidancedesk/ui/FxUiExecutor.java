package org.guidancedesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on one daemon thread, in order, and answers on the JavaFX thread. */
public final class FxUiExecutor implements UiExecutor {
    private final ExecutorService db;

    /** The database thread. */
    public FxUiExecutor() {
        this("db");
    }

    /** A worker thread of its own, named for thread dumps. */
    public FxUiExecutor(String threadName) {
        db = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        db.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Lets queued work (the last edits) finish before the file is closed. */
    @Override
    public void shutdown(long timeoutMillis) {
        db.shutdown();
        try {
            db.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a last piece of work on the db thread after everything queued, and waits for it. */
    public void runLast(Runnable work, long timeoutMillis) {
        try {
            db.submit(work).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // Closing is best effort: every acknowledged edit was committed when it was made.
        }
    }
}
