package org.guidancedesk.ui;

import java.util.function.Consumer;

/**
 * Background work that a newer request makes stale (a preview of what was just typed): one
 * runs at a time, of the requests made meanwhile only the newest waits, and a finished job
 * can tell whether it is still the newest before it shows its result. Called on the JavaFX
 * thread only.
 */
public final class LatestOnly {
    private long requested;
    private boolean running;
    private Runnable waiting;

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

        /** Ends this turn (after success or failure) and starts the newest waiting request. */
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
}
