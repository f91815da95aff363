package org.guidancedesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import java.util.function.Supplier;

/**
 * For the start-up benchmark ({@code -Dguidancedesk.startupProbe=true}, also through
 * {@code JAVA_TOOL_OPTIONS} for the packaged launcher): after the first layout pulse that shows
 * the first screen with its data — whichever section the window opens on (or the welcome), once
 * its reads have come back and nothing else is under way — prints the time since the process
 * started ({@code startup-ms: N}) and the processor time it used ({@code startup-cpu-ms: N}: a run
 * that took long with little processor time waited for another program) and that of the JavaFX
 * thread alone ({@code startup-fx-cpu-ms: N}), and quits.
 */
public final class StartupProbe {
    static final String PROPERTY = "guidancedesk.startupProbe";

    private StartupProbe() {}

    /** Prints a named moment of start-up when the probe is on, with the processor time of the thread it is on. */
    public static void mark(String what) {
        if (Boolean.getBoolean(PROPERTY)) {
            System.out.println("  " + what + ": " + ProcessClock.sinceStartMillis() + " ms (this thread's cpu "
                    + ProcessClock.threadCpuMillis() + " ms)");
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
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            UiTasks tasks = shownTasks.get();
            if (tasks != null && tasks.settled()) {
                scene.removePostLayoutPulseListener(listener[0]);
                System.out.println("startup-ms: " + ProcessClock.sinceStartMillis());
                System.out.println("startup-cpu-ms: " + ProcessClock.cpuMillis());
                System.out.println("startup-fx-cpu-ms: " + ProcessClock.threadCpuMillis());
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        // A pulse only comes when something changed: ask for one after each result.
        Platform.requestNextPulse();
    }
}
