package org.guidancedesk.ui;

import java.util.function.Consumer;

/**
 * Background work that a newer request makes stale (a preview of what was just typed): one
 * runs at a time, of the requests made meanwhile only the newest waits, and a finished job
 * can tell whether it is still the newest before it shows its result. Whether what is shown
 * is the newest request's result is known here too, so no caller keeps a counter of its own.
 * Called on the JavaFX thread only.
 */
public final class LatestOnly {
    private long requested;
    private boolean running;
    private Runnable waiting;
    /** Whether the newest request's result was shown (false from a request until it is). */
    private boolean upToDate;

    /** One request's turn: whether its result is still wanted, and the call that ends it. */
    public final class Turn {
        private final long number;
        private boolean ended;

        private Turn(long number) {
            this.number = number;
        }

        /** Whether no newer request was made since this one: only then is its result shown. */
        public boolean current() {
            return number == requested;
        }

        /** Ends this turn with its result shown (when still current): {@link #upToDate()} until the next request. */
        public void shown() {
            if (!ended && current()) {
                upToDate = true;
            }
            end();
        }

        /** Ends this turn (after a failure, or a stale result) and starts the newest waiting request. */
        public void end() {
            if (ended) {
                return;
            }
            ended = true;
            running = false;
            Runnable next = waiting;
            waiting = null;
            if (next != null) {
                next.run();
            }
        }
    }

    /** Asks for the job; it runs now, or after the running one ends, unless a newer request replaces it first. */
    public void request(Consumer<Turn> job) {
        long number = ++requested;
        upToDate = false;
        Runnable start = () -> {
            running = true;
            Turn turn = new Turn(number);
            try {
                job.accept(turn);
            } catch (RuntimeException e) {
                turn.end();
                throw e;
            }
        };
        if (running) {
            waiting = start;
        } else {
            start.run();
        }
    }

    /** Whether a job is running or waiting. */
    public boolean busy() {
        return running || waiting != null;
    }

    /** Whether the result shown is the newest request's: nothing runs or waits, and the last turn showed its result. */
    public boolean upToDate() {
        return upToDate;
    }
}
