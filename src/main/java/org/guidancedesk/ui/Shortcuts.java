package org.guidancedesk.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * Keyboard shortcuts that work anywhere in the window, put on the scene as accelerators, so a
 * key works wherever the focus is (a control's own keys, such as Delete in a list, are not these).
 */
public final class Shortcuts {
    private Shortcuts() {}

    /** Puts the shortcuts on {@code scene} for as long as it lives (the window's own keys). */
    public static void install(Scene scene, Map<KeyCombination, Runnable> shortcuts) {
        scene.getAccelerators().putAll(shortcuts);
    }

    /**
     * A section's shortcuts: on the scene {@code node} is in, moved with it, and taken off a
     * scene it leaves, so they work only while the section is part of the window.
     */
    public static void whileShown(Node node, Map<KeyCombination, Runnable> shortcuts) {
        if (node.getScene() != null) {
            install(node.getScene(), shortcuts);
        }
        node.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                shortcuts.keySet().forEach(k -> old.getAccelerators().remove(k));
            }
            if (scene != null) {
                install(scene, shortcuts);
            }
        });
    }
}
