package org.guidancedesk.ui.worklog;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DialogOwner;
import org.guidancedesk.ui.ExportFiles;

/**
 * 导出…: the entries of the list's period to .xlsx or .csv. Internal texts go only when the box
 * is ticked for this export — it starts unticked every time — and then the file is marked and
 * the export recorded.
 */
final class WorkExport {
    static final String BUTTON_ID = "worklog-export";
    static final String INTERNAL_ID = "worklog-export-internal";
    private static final double TEXT_WIDTH = 440;

    private WorkExport() {}

    static Button button(WorkLogViewModel vm) {
        I18n i18n = vm.i18n();
        Button export = new Button(i18n.tr("worklog.export"));
        export.setId(BUTTON_ID);
        export.setOnAction(e -> ask(export, vm).ifPresent(internal -> ExportFiles.save(export, vm.tasks(),
                i18n.tr("worklog.export.choose"), vm.exportName(), out -> vm.export(out, internal))));
        return export;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Whether to include internal texts, or empty when cancelled. */
    private static Optional<Boolean> ask(Node owner, WorkLogViewModel vm) {
        I18n i18n = vm.i18n();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(i18n.tr("app.name"));
        dialog.setHeaderText(i18n.tr("worklog.export.header", vm.exportRangeText()));
        CheckBox internal = new CheckBox(i18n.tr("worklog.export.internal"));
        internal.setId(INTERNAL_ID);
        internal.setSelected(false);
        internal.setDisable(vm.readOnly());
        Label warning = wrapping(i18n.tr(vm.readOnly() ? "worklog.export.internal.readOnly" : "worklog.export.internal.warning"));
        warning.getStyleClass().add("hint");
        warning.visibleProperty().bind(internal.selectedProperty().or(internal.disabledProperty()));
        warning.managedProperty().bind(warning.visibleProperty());
        VBox content = new VBox(10, wrapping(i18n.tr("worklog.export.default")), internal, warning);
        content.setPadding(new Insets(12, 16, 12, 16));
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // The first size is taken before the text is wrapped, and the warning comes and goes: fit the lines.
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        warning.visibleProperty().addListener((o, was, is) -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        dialog.getDialogPane().setContent(content);
        ButtonType next = new ButtonType(i18n.tr("worklog.export.next"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("worklog.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(next, cancel);
        DialogOwner.own(dialog, owner);
        return dialog.showAndWait().filter(next::equals).map(b -> internal.isSelected());
    }
}
