package org.guidancedesk.ui.reviews;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.guidancedesk.domain.ReviewResult;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Alerts;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.DialogOwner;
import org.guidancedesk.ui.settings.FormDialog;

/**
 * 收到… and 反馈…: each a small form whose refusal shows at its field, nothing saved; and the
 * question after an approval. Owned by the window; Enter saves.
 */
final class ReviewDialogs {
    static final String RESULT_ID_PREFIX = "reviews-result-";

    private ReviewDialogs() {}

    /** 收到: the day (today unless changed) and the version or file it came as. */
    static void receive(Node owner, ReviewsViewModel vm) {
        I18n i18n = vm.i18n();
        FormDialog form = new FormDialog(owner, i18n, vm.receiveTitle());
        DatePicker on = DateInput.picker(i18n);
        on.setValue(vm.today());
        form.row(i18n.tr("reviews.receive.date"), on, "review.received");
        TextField version = form.text(i18n.tr("reviews.receive.version"), "", "review.version");
        version.setPromptText(i18n.tr("reviews.receive.versionPrompt"));
        version.setPrefColumnCount(30);
        form.wide(hint(i18n.tr("reviews.receive.hint", vm.feedbackDays())));
        form.showAndWait(version, attempt -> {
            DateInput.commitTyped(on);
            vm.receive(on.getValue(), version.getText(), attempt::succeeded, attempt::refused);
        });
    }

    /**
     * 反馈: the day, the result (修改后重报 by a date a week on unless changed, 重新撰写 with a date
     * or none, 通过 with none) and the points, each ticked with the kind's usual problems.
     */
    static void answer(Node owner, ReviewsViewModel vm) {
        I18n i18n = vm.i18n();
        FeedbackDraft start = vm.newFeedback();
        FormDialog form = new FormDialog(owner, i18n, vm.answerTitle());
        DatePicker on = DateInput.picker(i18n);
        on.setValue(start.on());
        form.row(i18n.tr("reviews.answer.date"), on, "review.feedbackOn");

        ToggleGroup results = new ToggleGroup();
        HBox choices = new HBox(14);
        for (ReviewResult r : ReviewResult.values()) {
            RadioButton b = new RadioButton(i18n.tr("reviewResult", r));
            b.setId(RESULT_ID_PREFIX + r.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(r);
            b.setToggleGroup(results);
            b.setSelected(r == start.result());
            b.setMnemonicParsing(false);
            choices.getChildren().add(b);
        }
        form.row(i18n.tr("reviews.answer.result"), choices, "review.result");

        DatePicker by = DateInput.picker(i18n);
        by.setValue(start.resubmitBy());
        form.row(i18n.tr("reviews.answer.resubmitBy"), by, "review.resubmitBy");
        by.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> results.getSelectedToggle() != null && results.getSelectedToggle().getUserData() == ReviewResult.APPROVED,
                results.selectedToggleProperty()));

        PointsEditor points = new PointsEditor(i18n, vm.criteria());
        points.set(start.points());
        form.row(i18n.tr("reviews.answer.points"), points.view(), "review.points");
        form.wide(hint(i18n.tr("reviews.answer.pointsHint")));
        form.showAndWait(points.first(), attempt -> {
            DateInput.commitTyped(on);
            DateInput.commitTyped(by);
            ReviewResult result = results.getSelectedToggle() == null ? null
                    : (ReviewResult) results.getSelectedToggle().getUserData();
            LocalDate due = result == ReviewResult.APPROVED ? null : by.getValue();
            vm.answer(new FeedbackDraft(on.getValue(), result, due, points.values()), attempt::succeeded, attempt::refused);
        });
    }

    /** "同时勾选规定动作…？" — 勾选 is the default: the approval was what the action asked for. */
    static boolean confirmTick(Node owner, I18n i18n, String question) {
        ButtonType yes = new ButtonType(i18n.tr("reviews.tick.yes"), ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.tr("reviews.tick.no"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(i18n.tr("section.reviews"));
        Alerts.wrapped(alert);
        DialogOwner.own(alert, owner);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(ReviewStyles.HINT);
        l.setWrapText(true);
        l.setMaxWidth(520);
        return l;
    }
}
