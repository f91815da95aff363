package org.guidancedesk.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import java.util.function.Supplier;

/**
 * For the start-up benchmark ({@code -Dguidancedesk.startupProbe=true}, also through
 * {@code JAVA_TOOL_OPTIONS} for the packaged launcher): after the first layout pulse that shows
 * the first screen with its data — whichever section the window opens on (or the welcome), once
 * its reads have come back and nothing else is under way — prints the time since the process
 * started and quits.
 */
public final class StartupProbe {
    static final String PROPERTY = "guidancedesk.startupProbe";

    private StartupProbe() {}

    /** Prints a named moment of start-up when the probe is on. */
    public static void mark(String what) {
        if (Boolean.getBoolean(PROPERTY)) {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.out.println("  " + what + ": " + Duration.between(started, Instant.now()).toMillis() + " ms");
        }
    }

    /**
     * @param shownTasks the work of the screen shown: null until a file's first screen is on
     *                   show, then its tasks, {@link UiTasks#settled() settled} once its data is in
     */
    static void installIfAsked(Scene scene, Supplier<UiTasks> shownTasks) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            UiTasks tasks = shownTasks.get();
            if (tasks != null && tasks.settled()) {
                scene.removePostLayoutPulseListener(listener[0]);
                System.out.println("startup-ms: " + Duration.between(started, Instant.now()).toMillis());
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        // A pulse only comes when something changed: ask for one after each result.
        Platform.requestNextPulse();
    }
}
