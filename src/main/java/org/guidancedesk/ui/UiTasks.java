package org.guidancedesk.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;

/**
 * What view models use to reach the database: reads and writes run off the JavaFX thread;
 * a successful write updates the "saved at" status; a failure goes to the error handler
 * given, or to the window's error reporter.
 */
public final class UiTasks {
    private final UiExecutor executor;
    private final UiExecutor work;
    private final ErrorReporter errors;
    private final I18n i18n;
    private final Clock clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** One executor for database work and computations alike: for tests; the window gives each its own. */
    public UiTasks(UiExecutor executor, ErrorReporter errors, I18n i18n, Clock clock) {
        this(executor, executor, errors, i18n, clock);
    }

    /**
     * @param executor runs database work, one piece at a time
     * @param work     runs long computations that need no database (rendering a preview), so
     *                 they never hold up a tick
     */
    public UiTasks(UiExecutor executor, UiExecutor work, ErrorReporter errors, I18n i18n, Clock clock) {
        this.executor = counted(executor);
        this.work = executor == work ? this.executor : counted(work);
        this.errors = errors;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Pieces of work handed on whose result has not come back yet, and those that have. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();

    /** The executor, counting what is under way (for {@link #settled()}). */
    private UiExecutor counted(UiExecutor delegate) {
        return new UiExecutor() {
            @Override
            public <T> void submit(java.util.concurrent.Callable<T> job, Consumer<? super T> onSuccess,
                                   Consumer<Throwable> onFailure) {
                inFlight.incrementAndGet();
                try {
                    delegate.submit(job, result -> {
                        back();
                        try {
                            onSuccess.accept(result);
                        } finally {
                            runIfSettled();
                        }
                    }, error -> {
                        back();
                        try {
                            onFailure.accept(error);
                        } finally {
                            runIfSettled();
                        }
                    });
                } catch (RuntimeException refused) {
                    inFlight.decrementAndGet();
                    throw refused;
                }
            }

            @Override
            public void shutdown(long timeoutMillis) {
                delegate.shutdown(timeoutMillis);
            }
        };
    }

    private void back() {
        inFlight.decrementAndGet();
        finished.incrementAndGet();
    }

    /**
     * A result read before these tasks existed (with the file, at start-up) is on show: it counts
     * as one that came back, so {@link #settled()} can be true though nothing more was read.
     */
    public void arrivedBeforehand() {
        finished.incrementAndGet();
    }

    /** Waiting for {@link #settled()}: run, on the JavaFX thread, after the result that settles it is shown. */
    private final java.util.List<Runnable> whenSettled = new java.util.ArrayList<>();

    /**
     * Runs {@code then} once {@link #settled()}: at once if it is, else after the last result
     * under way has been handed to its screen (for work the first screen must not wait for).
     */
    public void whenSettled(Runnable then) {
        if (settled()) {
            then.run();
        } else {
            whenSettled.add(then);
        }
    }

    private void runIfSettled() {
        if (!whenSettled.isEmpty() && settled()) {
            java.util.List<Runnable> due = java.util.List.copyOf(whenSettled);
            whenSettled.clear();
            due.forEach(Runnable::run);
        }
    }

    /**
     * True once something was read and nothing is under way: what the screen shows is what the
     * file holds (the start-up probe waits for this on the first section).
     */
    public boolean settled() {
        return finished.get() > 0 && inFlight.get() == 0;
    }

    /** Reports an unexpected failure to the user. */
    @FunctionalInterface
    public interface ErrorReporter {
        void report(Throwable error);
    }

    public I18n i18n() {
        return i18n;
    }

    /** "已保存 21:47:03" after each saved change, or the last failure. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Says something in the status bar (what was undone, say) until the next save speaks. */
    public void announce(String text) {
        status.set(text);
    }

    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess) {
        executor.submit(work, onSuccess, this::fail);
    }

    /** Reads, with the failure handled by the caller (said where the user looks), and logged. */
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        executor.submit(work, onSuccess, logged(onFailure));
    }

    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess) {
        write(work, onSuccess, null);
    }

    /** Runs a computation that needs no database off the JavaFX thread and off the database thread. */
    public <T> void compute(Callable<T> computation, Consumer<? super T> onSuccess) {
        work.submit(computation, onSuccess, this::fail);
    }

    /** Computes off both threads, with the failure handled by the caller, and logged. */
    public <T> void compute(Callable<T> computation, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        work.submit(computation, onSuccess, logged(onFailure));
    }

    private static Consumer<Throwable> logged(Consumer<Throwable> onFailure) {
        return error -> {
            Messages.log(error);
            onFailure.accept(error);
        };
    }

    /**
     * Saves at once. A {@link ValidationException} goes to {@code onInvalid} when one is
     * given (so the form can show it by its field); anything else to the error reporter.
     */
    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<ValidationException> onInvalid) {
        executor.submit(work, result -> {
            status.set(i18n.tr("status.saved", i18n.time(LocalDateTime.now(clock))));
            onSuccess.accept(result);
        }, error -> {
            if (error instanceof ValidationException invalid && onInvalid != null) {
                onInvalid.accept(invalid);
            } else {
                fail(error);
            }
        });
    }

    /** Saves at once, with every failure handled by the caller (said where the user looks), and logged. */
    public <T> void writeOr(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        executor.submit(work, result -> {
            status.set(i18n.tr("status.saved", i18n.time(LocalDateTime.now(clock))));
            onSuccess.accept(result);
        }, logged(error -> {
            status.set(i18n.tr("status.notSaved"));
            onFailure.accept(error);
        }));
    }

    /**
     * A failure callback for a caller with something to undo first (a busy mark), after which
     * the failure is told to the user as one nobody handles is. For the calls above that take a
     * failure callback, which log it.
     */
    public Consumer<Throwable> reportAfter(Runnable tidy) {
        return error -> {
            tidy.run();
            status.set(i18n.tr("status.notSaved"));
            errors.report(error);
        };
    }

    /** An unexpected failure met by the caller: logged, and told to the user. */
    public void report(Throwable error) {
        fail(error);
    }

    private void fail(Throwable error) {
        status.set(i18n.tr("status.notSaved"));
        Messages.log(error);
        errors.report(error);
    }
}
