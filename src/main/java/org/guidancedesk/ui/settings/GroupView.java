package org.guidancedesk.ui.settings;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.guidancedesk.domain.Member;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;

/**
 * 本组: the group's fields, saved as each one is committed (Enter, leaving the field, a date
 * picked, a secretary chosen). A refusal appears beside the field it names.
 */
final class GroupView {
    private final VBox root = new VBox(12);

    GroupView(GroupViewModel vm, I18n i18n) {
        TextField name = new TextField();
        name.setId(SettingsIds.GROUP_NAME);
        name.textProperty().bindBidirectional(vm.nameProperty());
        committing(name, vm);

        TextField campaign = new TextField();
        campaign.setId(SettingsIds.GROUP_CAMPAIGN);
        campaign.textProperty().bindBidirectional(vm.campaignProperty());
        committing(campaign, vm);

        DatePicker start = DateInput.picker(i18n);
        start.setId(SettingsIds.GROUP_START);
        start.valueProperty().bindBidirectional(vm.startProperty());
        start.setOnAction(e -> vm.commit());

        DatePicker end = DateInput.picker(i18n);
        end.setId(SettingsIds.GROUP_END);
        end.valueProperty().bindBidirectional(vm.endProperty());
        end.setOnAction(e -> vm.commit());

        ComboBox<Member> secretary = new ComboBox<>(vm.members());
        secretary.setId(SettingsIds.GROUP_SECRETARY);
        secretary.setConverter(new StringConverter<>() {
            @Override
            public String toString(Member m) {
                return m == null ? "" : m.name();
            }

            @Override
            public Member fromString(String s) {
                return null;
            }
        });
        secretary.valueProperty().bindBidirectional(vm.secretaryProperty());
        secretary.setOnAction(e -> vm.commit());

        GridPane form = new GridPane();
        form.getStyleClass().add(SettingsStyles.FORM);
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(240, 420, 640);
        fields.setHgrow(Priority.SOMETIMES);
        ColumnConstraints errors = new ColumnConstraints(160, 280, Double.MAX_VALUE);
        errors.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields, errors);

        Map<String, Control> byField = Map.of("group.name", name, "group.campaign", campaign,
                "group.start", start, "group.end", end, "group.secretary", secretary);
        String[] order = {"group.name", "group.campaign", "group.start", "group.end", "group.secretary"};
        for (int row = 0; row < order.length; row++) {
            Control field = byField.get(order[row]);
            Label label = new Label(i18n.tr("field." + order[row]));
            label.setLabelFor(field);
            field.setMaxWidth(Double.MAX_VALUE);
            form.addRow(row, label, field);
        }

        Label error = new Label();
        error.setId(SettingsIds.GROUP_ERROR);
        error.getStyleClass().add(SettingsStyles.ERROR_TEXT);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        form.add(error, 2, 0);
        vm.errorFieldProperty().addListener((obs, was, is) -> {
            byField.values().forEach(c -> c.pseudoClassStateChanged(SettingsStyles.INVALID, false));
            Control field = byField.get(is);
            if (field != null) {
                field.pseudoClassStateChanged(SettingsStyles.INVALID, true);
                GridPane.setRowIndex(error, GridPane.getRowIndex(field));
            }
        });

        Label hint = new Label(i18n.tr("settings.group.hint"));
        hint.getStyleClass().add(SettingsStyles.HINT);
        hint.setWrapText(true);

        Label none = new Label(i18n.tr("settings.group.none"));
        none.getStyleClass().add(SettingsStyles.HINT);
        none.visibleProperty().bind(vm.loadedProperty().and(vm.availableProperty().not()));
        none.managedProperty().bind(none.visibleProperty());
        form.disableProperty().bind(vm.availableProperty().not());

        root.getChildren().addAll(hint, none, form);
        root.setPadding(new Insets(16));
    }

    private static void committing(TextField field, GroupViewModel vm) {
        field.setOnAction(e -> vm.commit());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                vm.commit();
            }
        });
    }

    Node view() {
        return root;
    }
}
