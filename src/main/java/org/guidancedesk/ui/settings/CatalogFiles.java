package org.guidancedesk.ui.settings;

import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DialogOwner;
import org.guidancedesk.ui.ExportFiles;

/**
 * 导出目录… and 导入目录… of the catalogue tab: the workbook another group can import, and an
 * import shown as its plan (what it adds, changes and leaves) or its problems before anything is
 * written. Cancel is the default button: Enter never imports.
 */
final class CatalogFiles {
    static final String EXPORT_ID = "settings-catalog-export";
    static final String IMPORT_ID = "settings-catalog-import";
    static final String PLAN_ID = "settings-catalog-import-plan";

    private final CatalogViewModel vm;
    private final I18n i18n;

    CatalogFiles(CatalogViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    Button exportButton() {
        Button b = new Button(i18n.tr("settings.catalog.export"));
        b.setId(EXPORT_ID);
        b.setOnAction(e -> ExportFiles.saveWorkbook(b, vm.tasks(), i18n.tr("settings.catalog.exportTitle"),
                vm.exportName(), vm::export));
        return b;
    }

    Button importButton() {
        Button b = new Button(i18n.tr("settings.catalog.import"));
        b.setId(IMPORT_ID);
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.tr("settings.catalog.importTitle"));
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(i18n.tr("export.file.xlsx"), "*.xlsx"));
            File file = chooser.showOpenDialog(DialogOwner.windowOf(b));
            if (file != null) {
                vm.previewImport(file.toPath(), preview -> show(b, preview));
            }
        });
        return b;
    }

    /** The problems (nothing can be imported), nothing to do, or the plan with 导入 and 取消. */
    void show(Node owner, CatalogViewModel.ImportPreview preview) {
        boolean problems = !preview.problems().isEmpty();
        ButtonType run = new ButtonType(i18n.tr("settings.catalog.importRun"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("settings.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = problems || preview.writes() == 0
                ? new Alert(problems ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, "", ButtonType.OK)
                : new Alert(Alert.AlertType.CONFIRMATION, "", run, cancel);
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(problems ? i18n.tr("settings.catalog.importProblems", preview.problems().size(),
                preview.read().fileName())
                : preview.writes() == 0 ? i18n.tr("settings.catalog.importNothing", preview.read().fileName())
                : i18n.tr("settings.catalog.importPlan", preview.read().fileName()));
        TextArea lines = new TextArea(String.join("\n", problems ? preview.problems() : preview.plan()));
        lines.setId(PLAN_ID);
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefRowCount(14);
        lines.setPrefColumnCount(60);
        alert.getDialogPane().setContent(lines);
        DialogOwner.own(alert, owner);
        if (alert.getButtonTypes().contains(run)) {
            ((Button) alert.getDialogPane().lookupButton(run)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        alert.showAndWait().filter(run::equals).ifPresent(r -> vm.commitImport(preview));
    }
}
