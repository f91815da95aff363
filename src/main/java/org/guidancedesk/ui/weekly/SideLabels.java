package org.guidancedesk.ui.weekly;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The side's small texts: a hint under a field and a refusal next to one, both wrapped whole. */
final class SideLabels {
    private SideLabels() {}

    static Label hint(String text) {
        return wrapped(new Label(text), WeeklyStyles.HINT);
    }

    /** The refusal of a field, shown only while there is one; the field (if any) marked with it. */
    static Label error(String id, ReadOnlyStringProperty message, Node field) {
        Label l = wrapped(new Label(), WeeklyStyles.ERROR_TEXT);
        l.setId(id);
        l.textProperty().bind(message);
        l.visibleProperty().bind(message.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        if (field != null) {
            message.addListener((o, a, m) -> field.pseudoClassStateChanged(WeeklyStyles.INVALID, !m.isEmpty()));
        }
        return l;
    }

    private static Label wrapped(Label l, String styleClass) {
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
