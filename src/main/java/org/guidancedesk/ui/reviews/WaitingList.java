package org.guidancedesk.ui.reviews;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.i18n.I18n;

/**
 * One list of what waits — 待我们反馈 or 待单位重报 — soonest due first: each line the light's
 * word, the unit, kind and round, and when it is due. A line picked selects its cell.
 */
final class WaitingList {
    private final VBox box;

    WaitingList(ReviewsViewModel vm, String id, String titleKey, ObservableList<ReviewBoard.Waiting> items) {
        I18n i18n = vm.i18n();
        Label title = new Label();
        title.getStyleClass().add(ReviewStyles.WAITING_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.tr(titleKey, items.size()), items));
        ListView<ReviewBoard.Waiting> list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(new Label(i18n.tr("reviews.waiting.none")));
        list.setPrefHeight(150);
        list.setMinHeight(90);
        list.setCellFactory(l -> new Line(i18n));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, w) -> {
            if (w != null) {
                vm.select(w.cell().unit().id(), w.cell().kind().id());
            }
        });
        title.setLabelFor(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box = new VBox(title, list);
        box.getStyleClass().add(ReviewStyles.WAITING);
    }

    Node view() {
        return box;
    }

    /** "● 逾期 南山县 · 实施方案 第2轮", and under it "期限 11月23日（已逾期1天）". */
    private static final class Line extends ListCell<ReviewBoard.Waiting> {
        private final I18n i18n;
        private final Label light = new Label();
        private final Label text = new Label();
        private final Label due = new Label();
        private final VBox row = new VBox(1, new HBox(8, light, text), due);

        Line(I18n i18n) {
            this.i18n = i18n;
            light.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            due.getStyleClass().add(ReviewStyles.HINT);
            due.setPadding(new javafx.geometry.Insets(0, 0, 0, 4));
            // As wide as the list, never wider: a long unit name is cut with "…", no scroll bar appears.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ReviewBoard.Waiting w, boolean empty) {
            super.updateItem(w, empty);
            light.getStyleClass().removeIf(s -> s.startsWith("light-"));
            if (empty || w == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            light.setText(i18n.tr("light", w.light()));
            light.getStyleClass().add(ReviewStyles.light(w.light()));
            text.setText(w.text());
            due.setText(w.dueText());
            setText(null);
            setGraphic(row);
            setAccessibleText(light.getText() + " " + w.text() + " " + w.dueText());
        }
    }
}
