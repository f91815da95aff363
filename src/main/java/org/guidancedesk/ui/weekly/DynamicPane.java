package org.guidancedesk.ui.weekly;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.settings.FormDialog;

/**
 * The 工作动态's side of 周报: the 期号 it will be issued as, the masthead, and the six parts to
 * rewrite, each saved after a pause in typing (or when focus leaves) and given back to the
 * program's text with one click.
 */
final class DynamicPane {
    private static final Duration PAUSE = Duration.millis(700);

    private final WeeklyViewModel vm;
    private final DynamicEditor editor;
    private final I18n i18n;
    private final VBox root = new VBox(4);
    private final List<PauseTransition> pauses = new ArrayList<>();

    DynamicPane(WeeklyViewModel vm, I18n i18n) {
        this.vm = vm;
        this.editor = vm.dynamic();
        this.i18n = i18n;
        VBox parts = new VBox(4);
        for (DynamicPart p : DynamicPart.values()) {
            parts.getChildren().addAll(part(editor.part(p)));
        }
        parts.getChildren().add(SideLabels.hint(i18n.tr("weekly.dynamic.hint")));
        parts.getStyleClass().add(WeeklyStyles.DYNAMIC_PARTS);
        ScrollPane scroll = new ScrollPane(parts);
        scroll.setId(WeeklyIds.DYNAMIC_PARTS);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(WeeklyStyles.DYNAMIC_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().setAll(numberRow(),
                SideLabels.error(WeeklyIds.DYNAMIC_NUMBER_ERROR, editor.numberErrorProperty(), null), scroll);
    }

    /** 期号 第[6]期 — and, once issued, why it can no longer change; the masthead's button. */
    private Node numberRow() {
        Label caption = new Label(i18n.tr("weekly.dynamic.number"));
        caption.getStyleClass().add(WeeklyStyles.CAPTION);
        TextField number = new TextField();
        number.setId(WeeklyIds.DYNAMIC_NUMBER);
        number.setPrefColumnCount(4);
        number.setAccessibleText(i18n.tr("weekly.dynamic.number"));
        number.textProperty().bindBidirectional(editor.numberTextProperty());
        number.disableProperty().bind(editor.numberedProperty().or(editor.editableProperty().not()));
        number.setOnAction(e -> vm.numberChanged());
        number.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.numberChanged();
            }
        });
        caption.setMinWidth(Region.USE_PREF_SIZE);
        number.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button masthead = new Button(i18n.tr("weekly.dynamic.masthead"));
        masthead.setId(WeeklyIds.DYNAMIC_MASTHEAD);
        masthead.setTooltip(new Tooltip(i18n.tr("weekly.dynamic.masthead.tip")));
        masthead.setMinWidth(Region.USE_PREF_SIZE);
        masthead.setOnAction(e -> editMasthead());
        HBox row = new HBox(6, caption, number, gap, masthead);
        row.setAlignment(Pos.CENTER_LEFT);
        // Under the field, whole in either language: when the number is fixed, and that it then stays.
        Label state = new Label();
        state.getStyleClass().add(WeeklyStyles.HINT);
        state.textProperty().bind(javafx.beans.binding.Bindings.when(editor.numberedProperty())
                .then(i18n.tr("weekly.dynamic.numbered")).otherwise(i18n.tr("weekly.dynamic.numberFree")));
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(2, row, state);
    }


    /** The part's heading with its 已改写 mark and 恢复, the text, and its refusal. */
    private List<Node> part(DynamicEditor.Part p) {
        DynamicPart which = p.part();
        Label caption = new Label(i18n.tr("field.dynamic.part." + which.name()));
        caption.getStyleClass().add(WeeklyStyles.CAPTION);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label rewritten = new Label(i18n.tr("weekly.dynamic.rewritten"));
        rewritten.getStyleClass().add(WeeklyStyles.HINT);
        Hyperlink restore = new Hyperlink(i18n.tr("weekly.dynamic.restore"));
        restore.setId(WeeklyIds.DYNAMIC_RESTORE_PREFIX + which.name().toLowerCase(java.util.Locale.ROOT));
        restore.setTooltip(new Tooltip(i18n.tr("weekly.dynamic.restore.tip")));
        restore.setOnAction(e -> editor.restore(which));
        for (Node n : List.of(rewritten, restore)) {
            n.visibleProperty().bind(p.rewrittenProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        HBox head = new HBox(6, caption, gap, rewritten, restore);
        head.setAlignment(Pos.BASELINE_LEFT);

        TextArea text = new TextArea();
        text.setId(WeeklyIds.DYNAMIC_PART_PREFIX + which.name().toLowerCase(java.util.Locale.ROOT));
        text.getStyleClass().add(WeeklyStyles.NOTE);
        text.setWrapText(true);
        // The parts the program fills with a paragraph a unit or a figure get room; the others a few lines.
        text.setPrefRowCount(which == DynamicPart.UNITS || which == DynamicPart.WORK ? 6 : 3);
        text.setAccessibleText(caption.getText());
        text.textProperty().bindBidirectional(p.textProperty());
        text.editableProperty().bind(editor.editableProperty());
        PauseTransition pause = new PauseTransition(PAUSE);
        pause.setOnFinished(e -> editor.save(which));
        pauses.add(pause);
        text.textProperty().addListener((o, a, t) -> {
            if (text.isFocused()) {
                pause.playFromStart();
            }
        });
        text.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                pause.stop();
                editor.save(which);
            }
        });

        Label error = SideLabels.error(WeeklyIds.DYNAMIC_PART_PREFIX + which.name().toLowerCase(java.util.Locale.ROOT)
                + "-error", p.errorProperty(), text);
        return List.of(head, text, error);
    }

    /** 报头和报送…: the title, 报送, 抄送 and the first 期号, the refusal shown at its field. */
    private void editMasthead() {
        DynamicSettings now = editor.settingsProperty().get();
        FormDialog form = new FormDialog(root, i18n, i18n.tr("weekly.dynamic.masthead.title"));
        TextField title = form.text(i18n.tr("field.dynamic.settings.title"), now.title(), "dynamic.settings.title");
        title.setPromptText(i18n.tr("dynamic.title"));
        title.setPrefColumnCount(26);
        TextField sentTo = form.text(i18n.tr("field.dynamic.settings.sentTo"), now.sentTo(), "dynamic.settings.sentTo");
        sentTo.setPromptText(i18n.tr("weekly.dynamic.masthead.sentToPrompt"));
        TextField copyTo = form.text(i18n.tr("field.dynamic.settings.copyTo"), now.copyTo(), "dynamic.settings.copyTo");
        copyTo.setPromptText(i18n.tr("weekly.dynamic.masthead.copyToPrompt"));
        TextField first = form.text(i18n.tr("field.dynamic.settings.firstIssue"), String.valueOf(now.firstIssue()),
                "dynamic.settings.firstIssue");
        first.setPrefColumnCount(5);
        form.wide(SideLabels.hint(i18n.tr("weekly.dynamic.masthead.hint")));
        form.showAndWait(title, attempt -> {
            DynamicSettings next;
            try {
                next = new DynamicSettings(title.getText(), sentTo.getText(), copyTo.getText(), firstIssue(first.getText()));
            } catch (ValidationException e) {
                attempt.refused(e);
                return;
            }
            editor.saveSettings(next, () -> {
                attempt.succeeded();
                vm.reload(); // the proposed 期号 may follow a new first number
            }, attempt::refused);
        });
    }

    private static int firstIssue(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("dynamic.settings.firstIssue", "validation.issueRange", DynamicSettings.MAX_ISSUE);
        }
    }

    /** Saves every part still waiting for its pause. */
    void flush() {
        for (int i = 0; i < pauses.size(); i++) {
            if (pauses.get(i).getStatus() == Animation.Status.RUNNING) {
                pauses.get(i).stop();
            }
        }
        editor.saveAll();
    }

    Node view() {
        return root;
    }
}
