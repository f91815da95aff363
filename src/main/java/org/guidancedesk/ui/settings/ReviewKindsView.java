package org.guidancedesk.ui.settings;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ReviewService;

/**
 * 审阅材料: the document kinds with their usual problems (add / edit / up / down / delete) and,
 * in the toolbar, the group's feedback window — saved as soon as it is changed.
 */
final class ReviewKindsView {
    static final String TABLE_ID = "settings-review-kinds";
    static final String ADD_ID = "settings-review-kinds-add";
    static final String DAYS_ID = "settings-review-days";

    private final TableTab<ReviewKind> tab;
    private final ReviewKindsViewModel vm;
    private final I18n i18n;

    ReviewKindsView(ReviewKindsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        tab = new TableTab<>(i18n, TABLE_ID, i18n.tr("settings.reviews.empty"), vm.kinds(), vm, this::edit);
        TableColumn<ReviewKind, String> name = Tables.textColumn(i18n.tr("settings.reviews.column.name"),
                ReviewKind::name, 160);
        TableColumn<ReviewKind, String> criteria = Tables.textColumn(i18n.tr("settings.reviews.column.criteria"),
                vm::criteriaText, 420);
        tab.table().getColumns().setAll(List.of(name, criteria));

        Spinner<Integer> days = new Spinner<>(0, ReviewService.MAX_FEEDBACK_DAYS, vm.feedbackDaysProperty().get());
        days.setId(DAYS_ID);
        days.setEditable(true);
        days.setPrefWidth(80);
        boolean[] showing = new boolean[1];
        vm.feedbackDaysProperty().addListener((o, was, is) -> {
            showing[0] = true;
            days.getValueFactory().setValue(is.intValue());
            showing[0] = false;
        });
        days.valueProperty().addListener((o, was, is) -> {
            if (!showing[0] && is != null) {
                vm.setFeedbackDays(is);
            }
        });
        Label before = new Label(i18n.tr("settings.reviews.feedbackDays"));
        before.setLabelFor(days);
        Label after = new Label(i18n.tr("settings.reviews.feedbackDaysUnit"));
        Label saved = new Label();
        saved.getStyleClass().add(SettingsStyles.HINT);
        saved.textProperty().bind(vm.noticeProperty());
        HBox window = new HBox(6, before, days, after, saved);
        window.setAlignment(Pos.CENTER_LEFT);

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        tab.layout(i18n.tr("settings.reviews.hint"), window, spacer, tab.addButton(ADD_ID, () -> edit(null)),
                tab.editButton(), tab.moveButton(-1, vm::canMove, vm::move, this::select),
                tab.moveButton(1, vm::canMove, vm::move, this::select), tab.deleteButton());
    }

    /** Adds ({@code existing} null) or edits a kind: its name and its usual problems, one a line. */
    private void edit(ReviewKind existing) {
        FormDialog form = new FormDialog(view(), i18n,
                i18n.tr(existing == null ? "settings.reviews.addTitle" : "settings.reviews.editTitle"));
        TextField name = form.text(i18n.tr("settings.reviews.name"), existing == null ? "" : existing.name(), "review.kind");
        TextArea criteria = new TextArea(existing == null ? "" : existing.criteriaText());
        criteria.setPrefRowCount(5);
        criteria.setPrefColumnCount(28);
        form.row(i18n.tr("settings.reviews.criteria"), criteria, "review.criteria");
        form.showAndWait(name, attempt -> vm.save(existing, name.getText(), criteria.getText(),
                attempt.succeeded(this::select), attempt::refused));
    }

    private void select(ReviewKind kind) {
        Tables.select(tab.table(), ReviewKind::id, kind.id());
    }

    Node view() {
        return tab.view();
    }
}
