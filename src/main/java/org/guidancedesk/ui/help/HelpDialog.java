package org.guidancedesk.ui.help;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.guidancedesk.i18n.I18n;

/** 帮助 › 使用指南 (F1): the guide in a window of its own that does not block the main one. */
public final class HelpDialog {
    public static final String ID = "help-guide";

    private HelpDialog() {}

    public static void show(Window owner, I18n i18n, HelpPaths paths) {
        VBox body = new VBox(6);
        body.setId(ID);
        body.setPadding(new Insets(4, 12, 12, 4));
        for (HelpGuide.Part part : HelpGuide.parts(i18n, paths)) {
            Label heading = new Label(part.heading());
            heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em; -fx-padding: 10 0 2 0;");
            body.getChildren().add(heading);
            for (String line : part.lines()) {
                Label text = new Label(line);
                text.setWrapText(true);
                text.setMaxWidth(660);
                body.getChildren().add(text);
            }
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 560);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(i18n.tr("help.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.tr("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }
}
