package org.guidancedesk.ui.ledger;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DialogOwner;

/** What the toolbar, the menu, the keys and the context menu do: dialogs first, then the model. */
final class LedgerActions {
    private final LedgerViewModel vm;
    private final I18n i18n;
    private final Node owner;
    private File lastFolder;

    LedgerActions(LedgerViewModel vm, I18n i18n, Node owner) {
        this.vm = vm;
        this.i18n = i18n;
        this.owner = owner;
    }

    /** 新增 (Ctrl+N). */
    void add() {
        if (!vm.loadedProperty().get() || owner.getScene() == null || vm.readOnly()) {
            return;
        }
        vm.details().flush();
        QuickAddDialog.show(owner, i18n, vm);
    }

    /** 标记为 …: 已完成 asks the date, 已销号 the date and who verified. */
    void markAs(RectificationStatus status) {
        int count = vm.selection().ids().size();
        if (count == 0 || vm.readOnly()) {
            return;
        }
        vm.details().flush();
        if (status.completed()) {
            StatusDialog.ask(owner, i18n, status, count, vm.texts().status(status), vm.today(), vm.groupName())
                    .ifPresent(a -> vm.setStatus(status, a.on(), a.verifiedBy()));
        } else {
            vm.setStatus(status, vm.today(), "");
        }
    }

    /** 延期…: the item shown gets a later due date, with the reason and who approved it. */
    void extend() {
        if (vm.decisions().canExtend()) {
            vm.details().flush();
            DecisionDialogs.extend(owner, vm.decisions());
        }
    }

    /** 退回…: the item shown, completed or closed, goes back to 整改中 with the reason. */
    void sendBack() {
        if (vm.decisions().canSendBack()) {
            vm.details().flush();
            DecisionDialogs.sendBack(owner, vm.decisions());
        }
    }

    /** 删除… (Delete): asks first, naming how many and which. */
    void remove() {
        if (vm.selection().ids().isEmpty() || vm.readOnly()) {
            return;
        }
        vm.details().flush();
        if (Dialogs.confirm(owner, i18n, i18n.tr("ledger.remove.title"), vm.removalQuestion(), "ledger.remove.confirm")) {
            vm.removeSelected();
        }
    }

    /** 导入…: choose a file, then the wizard (mapping, preview, import). */
    void importFile() {
        if (vm.readOnly()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.tr("ledger.import.choose"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(i18n.tr("ledger.import.filesAll"), "*.xlsx", "*.csv", "*.XLSX", "*.CSV"),
                new FileChooser.ExtensionFilter(i18n.tr("ledger.export.xlsx"), "*.xlsx", "*.XLSX"),
                new FileChooser.ExtensionFilter(i18n.tr("ledger.export.csv"), "*.csv", "*.CSV"));
        File file = shown(chooser, false);
        if (file == null) {
            return;
        }
        vm.details().flush();
        ImportWizard.open(owner, i18n, vm, file.toPath());
    }

    /** Shows the chooser in the folder used last, and remembers the folder of the file chosen (null if none). */
    private File shown(FileChooser chooser, boolean save) {
        org.guidancedesk.ui.StartFolder.set(chooser, lastFolder);
        File file = save ? chooser.showSaveDialog(window()) : chooser.showOpenDialog(window());
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return file;
    }

    /** 导出…: what the filter shows, as .xlsx (default) or .csv by the chosen name. */
    void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.tr("ledger.export.choose"));
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(i18n.tr("ledger.export.xlsx"), "*.xlsx");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(i18n.tr("ledger.export.csv"), "*.csv");
        chooser.getExtensionFilters().setAll(xlsx, csv);
        chooser.setSelectedExtensionFilter(xlsx);
        chooser.setInitialFileName(i18n.tr("ledger.export.fileName", vm.today().toString()) + ".xlsx");
        File file = shown(chooser, true);
        if (file == null) {
            return;
        }
        Path out = withExtension(file.toPath(), chooser.getSelectedExtensionFilter() == csv ? ".csv" : ".xlsx");
        vm.details().flush();
        vm.export(out, error -> Dialogs.error(owner, i18n, i18n.tr("ledger.export.failed"), error));
    }

    /** The printout, made at the first 打印… or 导出 PDF… (the system printer). */
    private LedgerPrintout printout;

    private LedgerPrintout printout() {
        if (printout == null) {
            printout = vm.printout(org.guidancedesk.ui.weekly.Printing.system());
        }
        return printout;
    }

    /** 打印…: what the filter shows, as the printed 台账, through the system print dialog. */
    void print() {
        vm.details().flush();
        printout().print(text -> Dialogs.info(owner, i18n, i18n.tr("ledger.print.title"), text));
    }

    /** 导出 PDF…: what the filter shows, as the printed 台账. */
    void exportPdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.tr("ledger.pdf.choose"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(i18n.tr("ledger.pdf.filter"), "*.pdf"));
        chooser.setInitialFileName(printout().fileName());
        File file = shown(chooser, true);
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            out = out.resolveSibling(out.getFileName() + ".pdf");
        }
        vm.details().flush();
        printout().exportPdf(out, text -> Dialogs.info(owner, i18n, i18n.tr("ledger.pdf.title"), text));
    }

    /** A name typed without an extension gets the chosen type's; .xlsx and .csv are kept as typed. */
    static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".csv")) {
            return p;
        }
        return p.resolveSibling(name + extension);
    }

    private Window window() {
        return DialogOwner.windowOf(owner);
    }
}
