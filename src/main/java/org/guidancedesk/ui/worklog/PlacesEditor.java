package org.guidancedesk.ui.worklog;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.ShownAs;
import org.guidancedesk.ui.worklog.KindFields.PlaceRow;

/** The places of a visit, a row each: its name and its kind (the figures count places by kind). */
final class PlacesEditor {
    private final RowsEditor<PlaceRow> rows;

    PlacesEditor(I18n i18n) {
        this.rows = new RowsEditor<>(p -> new PlaceEditor(p, i18n), () -> new PlaceRow("", PlaceKind.VILLAGE),
                i18n.tr("worklog.places.add"), i18n.tr("worklog.places.remove"));
        rows.view().setId(WorkStyles.PLACES_ID);
    }

    Node view() {
        return rows.view();
    }

    void onChange(Consumer<Boolean> changed) {
        rows.onChange(changed);
    }

    void set(List<PlaceRow> places) {
        rows.set(places);
    }

    List<PlaceRow> values() {
        return rows.values();
    }

    void focus() {
        rows.focus();
    }

    private static final class PlaceEditor implements RowsEditor.Row<PlaceRow> {
        private final TextField name = new TextField();
        private final ChoiceBox<PlaceKind> kind = new ChoiceBox<>();
        private final HBox box;

        PlaceEditor(PlaceRow p, I18n i18n) {
            name.setText(p.name());
            name.setPromptText(i18n.tr("worklog.places.namePrompt"));
            name.setPrefColumnCount(8);
            kind.getItems().setAll(PlaceKind.values());
            kind.setConverter(ShownAs.text(k -> k == null ? "" : i18n.tr("placeKind", k)));
            kind.setValue(p.kind());
            kind.setPrefWidth(150); // the name gets the room; a long kind is elided, whole in its list
            kind.setMinWidth(110);
            HBox.setHgrow(name, Priority.ALWAYS);
            box = new HBox(4, name, kind);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public PlaceRow value() {
            return new PlaceRow(name.getText(), kind.getValue());
        }

        @Override
        public void watch(Consumer<Boolean> changed) {
            name.textProperty().addListener((o, a, b) -> changed.accept(true));
            kind.valueProperty().addListener((o, a, b) -> changed.accept(false));
        }
    }
}
