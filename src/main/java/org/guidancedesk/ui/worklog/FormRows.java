package org.guidancedesk.ui.worklog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Messages;

/**
 * The form's layout: a label and its field a line (hidden lines take no room), an optional
 * 内部 tag under a label, and a refusal shown under the field it names, the field marked and
 * focused. Why: the add dialog and the detail pane lay out the same fields.
 */
final class FormRows {
    /** One line: its label, the field's box (the field, then the refusal when there is one), what to focus. */
    private record Line(HBox line, VBox value, Node focus) {}

    private final I18n i18n;
    private final double labelWidth;
    private final VBox box = new VBox(6);
    private final Map<String, Line> byField = new HashMap<>();
    private final Label error = new Label();
    private Line refused;

    FormRows(I18n i18n, double labelWidth) {
        this.i18n = i18n;
        this.labelWidth = labelWidth;
        box.getStyleClass().add(WorkStyles.FORM);
        error.getStyleClass().addAll("error-text", WorkStyles.ERROR_CLASS);
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
    }

    VBox view() {
        return box;
    }

    /** Adds a line; a refusal of any of {@code fields} shows under it. Returns the line, to show and hide. */
    Node add(String label, Node field, Node focus, Label tag, String... fields) {
        Label l = new Label(label);
        l.setWrapText(true);
        l.getStyleClass().add(WorkStyles.FORM_LABEL);
        l.setLabelFor(focus);
        VBox labelBox = tag == null ? new VBox(l) : new VBox(2, l, tag);
        labelBox.setMinWidth(labelWidth);
        labelBox.setPrefWidth(labelWidth);
        labelBox.setMaxWidth(labelWidth);
        labelBox.setPadding(new Insets(4, 0, 0, 0));
        if (field instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        VBox value = new VBox(2, field);
        HBox.setHgrow(value, Priority.ALWAYS);
        value.setMinWidth(120);
        HBox line = new HBox(8, labelBox, value);
        line.setAlignment(Pos.TOP_LEFT);
        line.managedProperty().bind(line.visibleProperty());
        Line held = new Line(line, value, focus);
        for (String f : fields) {
            byField.put(f, held);
        }
        box.getChildren().add(line);
        return line;
    }

    /** The small 内部 tag: what it marks never leaves the file. */
    Label internalTag() {
        Label tag = new Label(i18n.tr("worklog.internal"));
        tag.getStyleClass().add(WorkStyles.INTERNAL);
        tag.setTooltip(new Tooltip(i18n.tr("worklog.internal.tip")));
        tag.setMinWidth(Region.USE_PREF_SIZE);
        tag.managedProperty().bind(tag.visibleProperty());
        return tag;
    }

    /** Shows the refusal under its field (or the form's first line), marks the field and focuses it. */
    void refuse(ValidationException e) {
        clear();
        Line line = byField.get(e.field());
        if (line == null) {
            line = byField.values().stream().filter(l -> l.line().isVisible()).findFirst().orElse(null);
        }
        error.setText(Messages.of(i18n, e));
        if (line == null) {
            return;
        }
        refused = line;
        line.value().getChildren().add(error);
        line.focus().pseudoClassStateChanged(WorkStyles.INVALID, true);
        line.focus().requestFocus();
    }

    void clear() {
        if (refused != null) {
            refused.value().getChildren().remove(error);
            refused.focus().pseudoClassStateChanged(WorkStyles.INVALID, false);
            refused = null;
        }
        error.setText("");
    }

    /** The refusal shown, or "". */
    String refusal() {
        return error.getText();
    }

    static void shown(Node line, boolean shown) {
        line.setVisible(shown);
    }

    static void shown(List<Node> lines, boolean shown) {
        lines.forEach(l -> l.setVisible(shown));
    }
}
