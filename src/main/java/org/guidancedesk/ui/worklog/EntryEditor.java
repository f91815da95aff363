package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.ShownAs;

/**
 * An entry's fields, for the add dialog and the detail pane alike: kind, status, date and time,
 * units (or 本组), the members and who led, the kind's own fields ({@link KindEditor}), notes and
 * evidence. Filled from a draft and read back as one; only the parts the user touched are taken
 * from the controls, the others stay as filled, so showing an entry never changes it.
 */
final class EntryEditor {
    /** What the user may change, each taken from the controls once touched. */
    enum Part { KIND, STATUS, ON, TIME, UNITS, MEMBERS, NOTES, EVIDENCE, DETAILS }

    private static final long NONE = 0;

    private final WorkLogViewModel vm;
    private final I18n i18n;
    /** The add dialog: the status follows the date both ways until chosen; the pane only moves a done one ahead. */
    private final boolean adding;
    private final FormRows rows;
    private final ChoiceBox<WorkKind> kind = new ChoiceBox<>();
    private final ChoiceBox<WorkStatus> status = new ChoiceBox<>();
    private final DatePicker on;
    private final TextField time = new TextField();
    private final CheckMenu<Unit> units;
    private final CheckMenu<Member> members;
    private final ChoiceBox<Long> leader = new ChoiceBox<>();
    private final KindEditor details;
    private final TextArea notes = area(3);
    private final TextArea evidence = area(2);
    private final Label notesTag;
    private final Set<Part> edited = EnumSet.noneOf(Part.class);
    private EntryDraft base;
    private boolean filling;
    private boolean statusChosen;
    private Consumer<Boolean> onEdit = typed -> { };

    EntryEditor(WorkLogViewModel vm, boolean adding, double labelWidth) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.adding = adding;
        this.rows = new FormRows(i18n, labelWidth);
        this.on = DateInput.picker(i18n);
        this.units = new CheckMenu<>(Unit::name, Unit::id, i18n.tr("worklog.units.none"), i18n.tr("sheet.nameSeparator"),
                i18n.tr("worklog.group"));
        this.members = new CheckMenu<>(Member::name, Member::id, i18n.tr("worklog.members.none"),
                i18n.tr("sheet.nameSeparator"), null);
        this.details = new KindEditor(vm, rows);
        this.notesTag = rows.internalTag();
        build();
    }

    private void build() {
        kind.setId(WorkStyles.KIND_ID);
        kind.getItems().setAll(WorkKind.values());
        kind.setConverter(ShownAs.text(k -> k == null ? "" : i18n.tr("workKind", k)));
        status.setId(WorkStyles.STATUS_ID);
        status.getItems().setAll(WorkStatus.values());
        status.setConverter(ShownAs.text(s -> s == null ? "" : i18n.tr("workStatus", s)));
        on.setId(WorkStyles.DATE_ID);
        on.setPrefWidth(170);
        time.setId(WorkStyles.TIME_ID);
        time.setPromptText(i18n.tr("worklog.timePrompt"));
        time.setPrefColumnCount(5);
        time.setMinWidth(64);
        Label timeLabel = new Label(i18n.tr("worklog.field.time"));
        timeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox when = new HBox(8, on, timeLabel, time);
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(on, Priority.SOMETIMES);
        units.button().setId(WorkStyles.UNITS_ID);
        members.button().setId(WorkStyles.MEMBERS_ID);
        leader.setId(WorkStyles.LEADER_ID);
        leader.setConverter(ShownAs.text(id -> id == null || id == NONE ? i18n.tr("worklog.leader.none") : vm.memberName(id)));
        notes.setId(WorkStyles.NOTES_ID);
        evidence.setPromptText(i18n.tr("worklog.evidencePrompt"));

        rows.add(i18n.tr("worklog.field.kind"), kind, kind, null, "work.kind");
        rows.add(i18n.tr("worklog.field.status"), status, status, null, "work.status");
        rows.add(i18n.tr("field.work.on"), when, on, null, "work.on", "work.at");
        rows.add(i18n.tr("field.work.units"), units.button(), units.button(), null, "work.units");
        rows.add(i18n.tr("worklog.field.members"), members.button(), members.button(), null, "work.members");
        rows.add(i18n.tr("field.work.leader"), leader, leader, null, "work.leader");
        details.build();
        rows.add(i18n.tr("field.work.notes"), notes, notes, notesTag, "work.notes");
        rows.add(i18n.tr("field.work.evidence"), evidence, evidence, null, "work.evidence");

        vm.units().addListener((ListChangeListener<Unit>) c -> units.setItems(vm.units()));
        vm.members().addListener((ListChangeListener<Member>) c -> {
            members.setItems(vm.members());
            showLeaders();
        });
        units.setItems(vm.units());
        members.setItems(vm.members());
        wire();
    }

    private void wire() {
        watch(Part.KIND, kind.valueProperty(), false);
        watch(Part.STATUS, status.valueProperty(), false);
        watch(Part.ON, on.valueProperty(), false);
        watch(Part.TIME, time.textProperty(), true);
        watch(Part.MEMBERS, leader.valueProperty(), false);
        watch(Part.NOTES, notes.textProperty(), true);
        watch(Part.EVIDENCE, evidence.textProperty(), true);
        details.onChange(typed -> edit(Part.DETAILS, typed));
        kind.valueProperty().addListener((o, a, k) -> showKind());
        status.valueProperty().addListener((o, a, s) -> statusChosen |= !filling);
        on.valueProperty().addListener((o, a, d) -> followDate(d));
        units.onChange(() -> {
            edit(Part.UNITS, false);
            details.setUnits(chosenUnits());
        });
        members.onChange(() -> {
            showLeaders();
            edit(Part.MEMBERS, false);
        });
        for (TextArea a : List.of(notes, evidence)) {
            // Tab leaves a text area instead of typing a tab (these are short texts, not documents).
            a.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    e.consume();
                    a.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                            KeyCode.TAB, e.isShiftDown(), true, false, false));
                }
            });
        }
    }

    private void watch(Part part, ObservableValue<?> value, boolean typed) {
        value.addListener((o, a, b) -> edit(part, typed));
    }

    private void edit(Part part, boolean typed) {
        if (!filling) {
            edited.add(part);
            onEdit.accept(typed);
        }
    }

    /** A new date moves the status the way the date suggests, until the user chose one. */
    private void followDate(LocalDate d) {
        if (filling || d == null || statusChosen) {
            return;
        }
        WorkStatus suggested = vm.statusFor(d);
        if (suggested != status.getValue() && (adding || status.getValue() == WorkStatus.DONE)) {
            status.setValue(suggested);
            statusChosen = false;
        }
    }

    private void showKind() {
        WorkKind k = kind.getValue();
        details.show(k);
        showInternal();
    }

    void showInternal() {
        WorkKind k = kind.getValue();
        notesTag.setVisible(k != null && (k.talks() || k == WorkKind.VISIT && details.method() == VisitMethod.COVERT));
    }

    private void showLeaders() {
        Long was = leader.getValue();
        boolean wasFilling = filling;
        filling = true;
        try {
            List<Long> chosen = members.chosen();
            leader.getItems().setAll(NONE);
            leader.getItems().addAll(chosen);
            leader.setValue(was != null && chosen.contains(was) ? was : NONE);
        } finally {
            filling = wasFilling;
        }
        if (!wasFilling && was != null && was != NONE && !members.chosen().contains(was)) {
            edited.add(Part.MEMBERS);
        }
    }

    private Set<Long> chosenUnits() {
        return units.exclusiveChosen() ? Set.of() : new HashSet<>(units.chosen());
    }

    Node view() {
        return rows.view();
    }

    /** Called after each edit, with whether it was typing (the pane saves typing after a pause). */
    void onEdit(Consumer<Boolean> r) {
        onEdit = r;
    }

    /** Shows the draft; nothing is an edit until the user changes it. */
    void fill(EntryDraft d) {
        base = d;
        edited.clear();
        statusChosen = false;
        rows.clear();
        filling = true;
        try {
            kind.setValue(d.kind());
            status.setValue(d.status());
            on.setValue(d.on());
            on.getEditor().setText(on.getConverter().toString(d.on()));
            time.setText(d.time());
            units.set(d.unitIds(), d.forGroup());
            members.set(d.memberIds(), false);
            showLeaders();
            leader.setValue(d.leaderId() == null ? NONE : d.leaderId());
            setText(notes, d.notes());
            setText(evidence, d.evidence());
            details.fill(d.fields(), d.unitIds());
            showKind();
        } finally {
            filling = false;
        }
    }

    /** The draft is now stored as shown: it becomes what is filled, nothing redrawn. */
    void rebase(EntryDraft d) {
        base = d;
        edited.clear();
    }

    private static void setText(TextArea a, String text) {
        if (!a.getText().equals(text)) {
            a.setText(text);
        }
    }

    /** The draft as filled, with the parts the user changed as the controls hold them. */
    EntryDraft draft() {
        EntryDraft b = base;
        Long lead = leader.getValue() == null || leader.getValue() == NONE ? null : leader.getValue();
        return new EntryDraft(b.id(), has(Part.KIND) ? kind.getValue() : b.kind(),
                has(Part.STATUS) ? status.getValue() : b.status(), has(Part.ON) ? on.getValue() : b.on(),
                has(Part.TIME) ? time.getText() : b.time(), has(Part.UNITS) ? chosenUnits() : b.unitIds(),
                has(Part.UNITS) ? units.exclusiveChosen() : b.forGroup(),
                has(Part.MEMBERS) ? members.chosen() : b.memberIds(), has(Part.MEMBERS) ? lead : b.leaderId(),
                has(Part.NOTES) ? notes.getText() : b.notes(), has(Part.EVIDENCE) ? evidence.getText() : b.evidence(),
                has(Part.DETAILS) ? details.fields(b.fields()) : b.fields(), b.findings(), b.highlights());
    }

    private boolean has(Part p) {
        return edited.contains(p);
    }

    /** Takes every field from the controls (a new entry: its defaults are the user's as shown). */
    void touchAll() {
        edited.addAll(EnumSet.allOf(Part.class));
    }

    /** Whether the user changed anything since the last fill. */
    boolean edited() {
        return !edited.isEmpty();
    }

    /** Commits a date typed and not confirmed with Enter. */
    void commitTyped() {
        DateInput.commitTyped(on);
        details.commitTyped();
    }

    void refuse(ValidationException e) {
        rows.refuse(e);
    }

    void clearRefusal() {
        rows.clear();
    }

    String refusal() {
        return rows.refusal();
    }

    /** Read-only file: every field can be read, none changed. */
    void disable() {
        rows.view().setDisable(true);
    }

    void focusFirst() {
        kind.requestFocus();
    }

    private static TextArea area(int rowCount) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rowCount);
        return a;
    }
}
