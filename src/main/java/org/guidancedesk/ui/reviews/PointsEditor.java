package org.guidancedesk.ui.reviews;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.i18n.I18n;

/**
 * The points of a feedback, a line each: the text, the kind's usual problems to tick under it,
 * a × that removes the line, and a button that adds one.
 */
final class PointsEditor {
    /** One line's controls. */
    private record Line(Node node, TextField text, List<CheckBox> ticks) {
        FeedbackDraft.Point value() {
            return new FeedbackDraft.Point(text.getText(),
                    ticks.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList());
        }
    }

    private final I18n i18n;
    private final List<String> criteria;
    private final VBox lines = new VBox(6);
    private final List<Line> held = new ArrayList<>();
    private final VBox box;

    PointsEditor(I18n i18n, List<String> criteria) {
        this.i18n = i18n;
        this.criteria = List.copyOf(criteria);
        Button add = new Button(i18n.tr("reviews.answer.addPoint"));
        add.setOnAction(e -> add(new FeedbackDraft.Point("", List.of())).requestFocus());
        box = new VBox(6, lines, add);
    }

    Node view() {
        return box;
    }

    void set(List<FeedbackDraft.Point> points) {
        held.clear();
        lines.getChildren().clear();
        points.forEach(this::add);
    }

    /** Adds a line holding the point; returns its text field. */
    private TextField add(FeedbackDraft.Point p) {
        TextField text = new TextField(p.text());
        text.setPromptText(i18n.tr("reviews.answer.pointPrompt"));
        text.setPrefColumnCount(34);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button remove = new Button("×");
        remove.getStyleClass().add("row-remove");
        remove.setTooltip(new Tooltip(i18n.tr("reviews.answer.removePoint")));
        remove.setAccessibleText(i18n.tr("reviews.answer.removePoint"));
        remove.setFocusTraversable(false);
        HBox top = new HBox(4, text, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        List<CheckBox> ticks = new ArrayList<>();
        for (String c : criteria) {
            CheckBox box = new CheckBox(c);
            box.setSelected(p.criteria().contains(c));
            box.setMnemonicParsing(false);
            ticks.add(box);
        }
        FlowPane under = new FlowPane(12, 4);
        under.getChildren().setAll(ticks);
        VBox line = new VBox(3, top);
        if (!ticks.isEmpty()) {
            line.getChildren().add(under);
        }
        Line held = new Line(line, text, ticks);
        remove.setOnAction(e -> {
            this.held.remove(held);
            lines.getChildren().remove(line);
        });
        this.held.add(held);
        lines.getChildren().add(line);
        return text;
    }

    List<FeedbackDraft.Point> values() {
        return held.stream().map(Line::value).toList();
    }

    /** The first line's text, or the add button when there is none. */
    Node first() {
        return held.isEmpty() ? box.getChildren().get(1) : held.get(0).text();
    }
}
