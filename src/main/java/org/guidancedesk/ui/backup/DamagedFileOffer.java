package org.guidancedesk.ui.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.BackupService;

/**
 * What the page of a damaged file offers: the newest backup that still passes its check, with
 * what it holds, and a button that (after asking) restores it — the damaged file is set aside,
 * never repaired in place; or, with no backup, what to do instead.
 */
public final class DamagedFileOffer {
    public static final String OFFER_ID = "backup-offer";
    public static final String RESTORE_ID = "backup-offer-restore";
    public static final String NONE_ID = "backup-none";

    private DamagedFileOffer() {}

    /**
     * @param sound   the newest sound backup, if any (found off the JavaFX thread)
     * @param restore restores the chosen backup in place of the file
     */
    public static Node of(Window owner, I18n i18n, Path file, Path backupsFolder, Optional<BackupService.Sound> sound,
                          Consumer<Path> restore) {
        if (sound.isEmpty()) {
            Label none = new Label(i18n.tr("backup.noneForDamaged", file.getFileName(), backupsFolder));
            none.setId(NONE_ID);
            none.setWrapText(true);
            return none;
        }
        BackupText text = new BackupText(i18n);
        BackupService.Sound s = sound.get();
        Label offer = new Label(i18n.tr("backup.offer", text.title(s.backup()), text.contents(s.summary())));
        offer.setId(OFFER_ID);
        offer.setWrapText(true);
        Button button = new Button(i18n.tr("backup.restoreThis"));
        button.setId(RESTORE_ID);
        button.setDefaultButton(true);
        button.setOnAction(e -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                    i18n.tr("backup.damagedQuestion", file.getFileName(), text.title(s.backup())),
                    new ButtonType(i18n.tr("backup.restore"), ButtonBar.ButtonData.OK_DONE),
                    new ButtonType(i18n.tr("history.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            ask.initOwner(owner);
            ask.setHeaderText(null);
            ask.setTitle(i18n.tr("backup.dialogTitle"));
            org.guidancedesk.ui.Alerts.wrapped(ask).showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                    .ifPresent(b -> restore.accept(s.backup().file()));
        });
        VBox box = new VBox(8, new Label(i18n.tr("backup.offerTitle")), offer, button);
        box.getStyleClass().add("backup-offer");
        return box;
    }
}
