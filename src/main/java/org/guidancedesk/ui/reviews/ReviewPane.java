package org.guidancedesk.ui.reviews;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.i18n.I18n;

/**
 * The side pane of the selected cell: unit and kind, the state with what is due by when, the
 * buttons 收到… and 反馈…, then each round — received, version, the feedback and its points, a
 * point with its ledger item or the button that files it. Drawn again after every change.
 */
final class ReviewPane {
    private final ReviewsViewModel vm;
    private final I18n i18n;
    private final VBox box = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(box);
    private final Label title = new Label();
    private final Label state = new Label();
    private final Button receive;
    private final Button answer;
    private final VBox rounds = new VBox(4);
    /** A refusal of filing a point, said where the point is. */
    private final Label error = new Label();

    ReviewPane(ReviewsViewModel vm, Runnable onReceive, Runnable onAnswer) {
        this.vm = vm;
        this.i18n = vm.i18n();
        box.getStyleClass().add(ReviewStyles.PANE);
        box.setId(ReviewStyles.PANE_ID);
        title.getStyleClass().add(ReviewStyles.PANE_TITLE);
        title.setWrapText(true);
        state.getStyleClass().add("pane-state");
        state.setWrapText(true);
        receive = new Button(i18n.tr("reviews.receive"));
        receive.setId(ReviewStyles.RECEIVE_ID);
        receive.setOnAction(e -> onReceive.run());
        answer = new Button(i18n.tr("reviews.answer"));
        answer.setId(ReviewStyles.ANSWER_ID);
        answer.getStyleClass().add("primary");
        answer.setOnAction(e -> onAnswer.run());
        HBox buttons = new HBox(8, receive, answer);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label history = new Label(i18n.tr("reviews.history.title"));
        history.getStyleClass().add(ReviewStyles.ROUND_TITLE);
        history.setMaxWidth(Double.MAX_VALUE);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        box.getChildren().setAll(title, state, buttons, error, rounds);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(300);
        vm.selectedProperty().addListener(o -> draw());
        vm.versionProperty().addListener(o -> draw());
        draw();
    }

    Node view() {
        return scroll;
    }

    private void draw() {
        ReviewsViewModel.Pane p = vm.pane();
        rounds.getChildren().clear();
        error.setText("");
        state.getStyleClass().removeIf(s -> s.startsWith("light-"));
        if (p == null) {
            title.setText("");
            state.setText(i18n.tr("reviews.pane.none"));
            receive.setDisable(true);
            answer.setDisable(true);
            return;
        }
        title.setText(p.title());
        state.setText(p.state());
        state.getStyleClass().add(ReviewStyles.light(p.light()));
        receive.setDisable(!p.canReceive() || vm.readOnly());
        answer.setDisable(!p.canAnswer() || vm.readOnly());
        if (p.rounds().isEmpty()) {
            rounds.getChildren().add(hint(i18n.tr("reviews.history.none")));
        }
        // The newest round first: it is the one being worked on.
        for (int i = p.rounds().size() - 1; i >= 0; i--) {
            rounds.getChildren().add(round(p.rounds().get(i)));
        }
    }

    private Node round(ReviewsViewModel.RoundView r) {
        Label heading = new Label(r.title());
        heading.getStyleClass().add(ReviewStyles.ROUND_TITLE);
        heading.setMaxWidth(Double.MAX_VALUE);
        VBox round = new VBox(2, heading);
        for (String line : r.lines()) {
            round.getChildren().add(wrapped(line));
        }
        for (ReviewsViewModel.PointView p : r.points()) {
            round.getChildren().add(point(p));
        }
        return round;
    }

    private Node point(ReviewsViewModel.PointView p) {
        Label text = wrapped(p.text());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(6, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add(ReviewStyles.POINT);
        if (!p.item().isEmpty()) {
            Label item = new Label(p.item());
            item.getStyleClass().add(ReviewStyles.LINKED);
            item.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(item);
        } else if (p.canFile()) {
            Button file = new Button(i18n.tr("reviews.point.file"));
            file.getStyleClass().add(ReviewStyles.FILE_POINT_CLASS);
            file.setMinWidth(Region.USE_PREF_SIZE);
            file.setTooltip(new Tooltip(i18n.tr("reviews.point.fileTip")));
            file.setDisable(vm.readOnly());
            file.setOnAction(e -> vm.fileAsItem(p.id(), x -> error.setText(vm.message(x))));
            row.getChildren().add(file);
        }
        return row;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label hint(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add(ReviewStyles.HINT);
        return l;
    }
}
