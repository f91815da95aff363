package org.guidancedesk.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * For the start-up benchmark ({@code -Dguidancedesk.startupProbe=true}): after the first
 * layout pulse that shows the checklist with its rows, prints the time since the process
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

    static void installIfAsked(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.lookup("#" + Ids.MATRIX) instanceof TableView<?> t && !t.getItems().isEmpty()) {
                scene.removePostLayoutPulseListener(listener[0]);
                System.out.println("startup-ms: " + Duration.between(started, Instant.now()).toMillis());
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
