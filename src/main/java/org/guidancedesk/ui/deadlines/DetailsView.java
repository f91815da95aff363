package org.guidancedesk.ui.deadlines;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Row;

/** The selected occurrence: its rule, note and submission (date and what was sent, editable). */
final class DetailsView {
    private final DeadlinesViewModel vm;
    private final I18n i18n;
    private final VBox box = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(box);
    private final Label empty = new Label();
    private final Label title = new Label();
    private final Label state = new Label();
    private final Label due = new Label();
    private final Label rule = new Label();
    private final Label recipient = new Label();
    private final Label responsible = new Label();
    private final Label note = new Label();
    private final DatePicker submittedOn;
    private final TextField sent = new TextField();
    private final Label error = new Label();
    private final VBox submission = new VBox(6);
    private final VBox fields = new VBox(6);
    private boolean filling;
    /** Whether the user typed in 报送内容 since the occurrence was shown: only then is it saved. */
    private boolean sentEdited;

    DetailsView(DeadlinesViewModel vm, I18n i18n, Consumer<Deadline> onEdit, Consumer<Deadline> onRemove) {
        this.vm = vm;
        this.i18n = i18n;
        this.submittedOn = DateInput.picker(i18n);
        box.getStyleClass().add(DeadlineStyles.DETAILS);
        empty.setText(i18n.tr("deadlines.selectHint"));
        empty.getStyleClass().add("hint");
        empty.setWrapText(true);
        title.getStyleClass().add("details-title");
        for (Label l : new Label[] {title, state, due, rule, recipient, responsible, note, error}) {
            l.setWrapText(true);
        }
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.submissionErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        submittedOn.setMaxWidth(Double.MAX_VALUE);
        submittedOn.valueProperty().addListener((o, a, d) -> {
            if (!filling) {
                vm.setSubmittedOn(d);
            }
        });
        sent.textProperty().addListener((o, a, t) -> sentEdited |= !filling);
        sent.setOnAction(e -> saveSent());
        sent.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                saveSent();
            }
        });
        submission.getChildren().setAll(caption("deadlines.detail.submittedOn"), submittedOn, error,
                caption("deadlines.detail.sent"), sent);

        Button edit = new Button(i18n.tr("deadlines.edit"));
        edit.setOnAction(e -> current().ifPresent(onEdit));
        Button remove = new Button(i18n.tr("deadlines.remove"));
        remove.setOnAction(e -> current().ifPresent(onRemove));
        Button history = new Button(i18n.tr("history.show"));
        history.setId("deadline-history");
        history.setOnAction(e -> current().ifPresent(d -> org.guidancedesk.ui.history.HistoryDialog.show(
                org.guidancedesk.ui.DialogOwner.windowOf(history), vm.tasks(), d.title(), () -> vm.history(d.id()))));
        HBox buttons = new HBox(8, edit, remove, history);

        fields.getChildren().setAll(title, state, caption("deadlines.detail.due"), due,
                caption("deadlines.detail.rule"), rule, caption("deadlines.detail.recipient"), recipient,
                caption("deadlines.detail.responsible"), responsible, caption("deadlines.detail.note"), note,
                submission, buttons);
        VBox.setMargin(buttons, new javafx.geometry.Insets(10, 0, 0, 0));
        fields.managedProperty().bind(fields.visibleProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        submission.managedProperty().bind(submission.visibleProperty());
        box.getChildren().setAll(empty, fields);
        box.setPadding(new javafx.geometry.Insets(12));

        scroll.setFitToWidth(true);
        scroll.setMinWidth(240);
        scroll.setPrefWidth(300);
        vm.selectedProperty().addListener((o, a, r) -> fill(r));
        fill(null);
    }

    private java.util.Optional<Deadline> current() {
        Row r = vm.selectedProperty().get();
        return r == null ? java.util.Optional.empty() : java.util.Optional.of(r.occurrence().deadline());
    }

    private Label caption(String key) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add("caption");
        return l;
    }

    private void fill(Row r) {
        filling = true;
        try {
            empty.setVisible(r == null);
            fields.setVisible(r != null);
            if (r == null) {
                return;
            }
            Deadline d = r.occurrence().deadline();
            title.setText(d.title());
            // A late one's state already says 迟报: its symbol, not the word twice.
            state.setText(r.occurrence().isLate() ? r.lightText().substring(0, 1) + " " + r.stateText()
                    : r.lightText() + " · " + r.stateText());
            state.getStyleClass().removeAll(DeadlineStyles.LIGHTS);
            state.getStyleClass().add(DeadlineStyles.light(r.light()));
            state.getStyleClass().add("detail-light");
            due.setText(r.dueText());
            rule.setText(vm.ruleSummary(d));
            recipient.setText(dash(d.recipient()));
            responsible.setText(dash(r.responsible()));
            note.setText(dash(d.note()));
            Submission s = r.occurrence().submission().orElse(null);
            submission.setVisible(s != null);
            if (s != null && vm.submissionErrorProperty().get().isEmpty()) {
                submittedOn.setValue(s.submittedOn());
                sent.setText(s.sent());
                sentEdited = false;
            }
        } finally {
            filling = false;
        }
    }

    /** A stored text the field shows a little differently (a line break) is not rewritten by looking. */
    private void saveSent() {
        if (sentEdited && !filling) {
            vm.setSent(sent.getText());
        }
    }

    private String dash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    /** Saves a typed date or text not yet confirmed. */
    void flush() {
        if (submission.isVisible()) {
            DateInput.commitTyped(submittedOn);
            saveSent();
        }
    }

    Node view() {
        return scroll;
    }
}
