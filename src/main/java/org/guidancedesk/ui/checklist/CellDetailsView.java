package org.guidancedesk.ui.checklist;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Member;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.Ids;

/** The side panel showing and editing the selected cell. */
final class CellDetailsView {
    private static final Duration NOTE_PAUSE = Duration.millis(700);

    private final CellDetailsViewModel vm;
    private final I18n i18n;
    private final VBox box = new VBox(8);
    // The fields are made when a cell is first selected: a start shows only the hint (and
    // date pickers, a text area and a choice box cost their classes and a localised formatter).
    private ChoiceBox<ActionStatus> status;
    private DatePicker planned;
    private DatePicker done;
    private final FlowPane attendees = new FlowPane(10, 6);
    private TextArea note;
    private final PauseTransition notePause = new PauseTransition(NOTE_PAUSE);
    private javafx.scene.control.Button markDone;
    private Runnable markDoneAction;
    private String markDoneTooltip;
    /** True while fields are filled from the record, so that filling is not taken as an edit. */
    private boolean filling;

    CellDetailsView(CellDetailsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    /** The hint is built at once; the fields only when a cell is first selected (start-up). */
    private void build() {
        Label empty = new Label(i18n.tr("checklist.selectHint"));
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        empty.visibleProperty().bind(vm.visibleProperty().not());
        empty.managedProperty().bind(empty.visibleProperty());
        box.getChildren().add(empty);
        box.getStyleClass().add("details");
        box.setId(Ids.CELL_DETAILS);
        vm.visibleProperty().addListener((o, was, is) -> {
            if (is) {
                buildFields();
            }
        });
    }

    private void buildFields() {
        if (box.getChildren().size() > 1) {
            return;
        }
        status = new ChoiceBox<>();
        planned = DateInput.picker(i18n);
        done = DateInput.picker(i18n);
        note = new TextArea();
        markDone = new javafx.scene.control.Button(i18n.tr("checklist.markDone"));
        markDone.setId(ChecklistView.MARK_DONE_BUTTON);
        markDone.setTooltip(new javafx.scene.control.Tooltip(markDoneTooltip));
        markDone.setOnAction(e -> markDoneAction.run());
        Label title = new Label();
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("details-subtitle");
        subtitle.setWrapText(true);
        subtitle.textProperty().bind(vm.subtitleProperty());

        status.getItems().setAll(ActionStatus.values());
        status.setId(Ids.DETAIL_STATUS);
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActionStatus s) {
                return s == null ? "" : i18n.tr("status", s);
            }

            @Override
            public ActionStatus fromString(String text) {
                return null;
            }
        });
        status.setMaxWidth(Double.MAX_VALUE);
        status.valueProperty().addListener((o, a, s) -> {
            if (!filling) {
                vm.setStatus(s);
            }
        });
        planned.setId(Ids.DETAIL_PLANNED);
        planned.setMaxWidth(Double.MAX_VALUE);
        planned.valueProperty().addListener((o, a, d) -> {
            if (!filling) {
                vm.setPlanned(d);
            }
        });
        done.setId(Ids.DETAIL_DONE);
        done.setMaxWidth(Double.MAX_VALUE);
        done.valueProperty().addListener((o, a, d) -> {
            if (!filling) {
                vm.setDone(d);
            }
        });

        note.setId(Ids.DETAIL_NOTE);
        note.setWrapText(true);
        note.setPrefRowCount(6);
        note.setPromptText(i18n.tr("checklist.notePrompt"));
        notePause.setOnFinished(e -> vm.setNote(note.getText()));
        note.textProperty().addListener((o, a, t) -> {
            if (!filling) {
                notePause.playFromStart();
            }
        });
        note.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                flushNote();
            }
        });

        Label warnings = new Label();
        warnings.getStyleClass().add("warning-text");
        warnings.setWrapText(true);
        warnings.textProperty().bind(vm.warningsProperty());
        warnings.visibleProperty().bind(vm.warningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        javafx.scene.control.Button history = new javafx.scene.control.Button(i18n.tr("history.show"));
        history.setId("cell-history");
        history.setVisible(vm.hasHistory());
        vm.recordProperty().addListener((o, a, r) -> history.setVisible(vm.hasHistory() && r != null));
        history.managedProperty().bind(history.visibleProperty());
        history.setOnAction(e -> {
            var changes = vm.historyOfShown();
            if (changes != null) {
                org.guidancedesk.ui.history.HistoryDialog.show(org.guidancedesk.ui.DialogOwner.windowOf(history), vm.tasks(),
                        title.getText() + " · " + subtitle.getText(), changes);
            }
        });
        OccurrenceList occurrences = new OccurrenceList(vm);
        VBox fields = new VBox(6, title, subtitle,
                occurrences.view(),
                caption("checklist.status"), status,
                caption("checklist.planned"), planned,
                caption("checklist.done"), done, markDone,
                caption("checklist.attendees"), attendees,
                caption("checklist.note"), note,
                warnings, error, history);
        fields.visibleProperty().bind(vm.visibleProperty());
        fields.managedProperty().bind(fields.visibleProperty());

        box.getChildren().add(fields);
        vm.recordProperty().addListener((o, a, r) -> fill(r));
        vm.errorProperty().addListener((o, a, e) -> fill(vm.recordProperty().get()));
        fill(vm.recordProperty().get());
    }

    /**
     * Saves what is still only typed (selection change, section change, window close): dates
     * typed but not yet confirmed with Enter, and a note waiting for its pause.
     */
    void flushNote() {
        if (box.getChildren().size() > 1) {
            DateInput.commitTyped(planned);
            DateInput.commitTyped(done);
        }
        if (notePause.getStatus() == javafx.animation.Animation.Status.RUNNING && note != null) {
            notePause.stop();
            vm.setNote(note.getText());
        }
    }

    /** 标记完成于…, beside the done date: the same prompt as Shift+Space, for the selected cells. */
    void setMarkDoneAction(Runnable action, String tooltip) {
        markDoneAction = action;
        markDoneTooltip = tooltip;
    }

    private Label caption(String key) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add("caption");
        return l;
    }

    private void fill(ActionRecord r) {
        if (r == null || status == null) {
            return;
        }
        filling = true;
        try {
            status.setValue(r.status());
            if (!vm.errorProperty().get().isEmpty()) {
                return; // keep what the user typed next to the message
            }
            planned.setValue(r.planned());
            done.setValue(r.done());
            // A repeating item's status and date follow its occurrences (OccurrenceList).
            boolean repeats = vm.repeatProgressProperty().get() != null;
            status.setDisable(repeats);
            markDone.setDisable(repeats);
            done.setDisable(repeats || r.status() != ActionStatus.DONE);
            if (!note.isFocused() || notePause.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                if (!note.getText().equals(r.note())) {
                    note.setText(r.note());
                }
            }
            attendees.getChildren().clear();
            for (Member m : vm.members()) {
                CheckBox box = new CheckBox(m.name());
                box.setSelected(r.attendeeIds().contains(m.id()));
                box.selectedProperty().addListener((o, was, is) -> vm.setAttending(m.id(), is));
                attendees.getChildren().add(box);
            }
        } finally {
            filling = false;
        }
    }

    Node view() {
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        scroll.setMinWidth(250);
        scroll.setPrefWidth(290);
        return scroll;
    }
}
