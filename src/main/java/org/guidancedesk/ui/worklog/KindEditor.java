package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.guidancedesk.domain.MeetingKind;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.ShownAs;

/**
 * The lines of each kind's own fields in the entry form, only the entry's kind's shown: the
 * people talked to, the places and method of a visit, a forum's topic, size and who came, the
 * meeting sat in on and the action it fulfils, a reminder's means, addressee, matter and reply.
 */
final class KindEditor {
    private static final long NO_ACTION = 0;

    private final WorkLogViewModel vm;
    private final I18n i18n;
    private final FormRows rows;
    private final PeopleEditor people;
    private final PlacesEditor places;
    private final ChoiceBox<VisitMethod> method = new ChoiceBox<>();
    private final TextField topic = new TextField();
    private final TextField participants = new TextField();
    private final TextField who = new TextField();
    private final ChoiceBox<MeetingKind> meeting = new ChoiceBox<>();
    private final TextField meetingTitle = new TextField();
    private final ChoiceBox<Long> action = new ChoiceBox<>();
    private final ComboBox<String> means = new ComboBox<>();
    private final TextField to = new TextField();
    private final TextField about = new TextField();
    private final DatePicker replyDue;
    private final DatePicker repliedOn;
    private Node peopleLine;
    private Label placesTag;
    private List<Node> visitLines;
    private List<Node> forumLines;
    private List<Node> sittingLines;
    private List<Node> reminderLines;
    private Set<Long> units = Set.of();
    private Consumer<Boolean> onChange = typed -> { };
    private boolean filling;

    KindEditor(WorkLogViewModel vm, FormRows rows) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.rows = rows;
        this.people = new PeopleEditor(i18n, vm);
        this.places = new PlacesEditor(i18n);
        this.replyDue = DateInput.picker(i18n);
        this.repliedOn = DateInput.picker(i18n);
    }

    /** Adds the kinds' lines to the form, where they belong in it. */
    void build() {
        peopleLine = rows.add(i18n.tr("field.work.people"), people.view(), people.view(), rows.internalTag(),
                "work.people", "interviewee.name", "interviewee.position", "interviewee.count", "interviewee.level");
        method.getItems().setAll(VisitMethod.values());
        method.setConverter(ShownAs.text(m -> m == null ? "" : i18n.tr("visitMethod", m)));
        placesTag = rows.internalTag();
        visitLines = List.of(
                rows.add(i18n.tr("field.work.places"), places.view(), places.view(), placesTag, "work.places", "place.name"),
                rows.add(i18n.tr("worklog.field.method"), method, method, null, "work.method"));
        topic.setId(WorkStyles.TOPIC_ID);
        participants.setId(WorkStyles.PARTICIPANTS_ID);
        participants.setPrefColumnCount(5);
        participants.setMaxWidth(120);
        forumLines = List.of(rows.add(i18n.tr("field.work.topic"), topic, topic, null, "work.topic"),
                rows.add(i18n.tr("field.work.participants"), participants, participants, null, "work.participants"),
                rows.add(i18n.tr("field.work.participantsWho"), who, who, null, "work.participantsWho"));
        who.setPromptText(i18n.tr("worklog.whoPrompt"));
        meeting.getItems().setAll(MeetingKind.values());
        meeting.setConverter(ShownAs.text(m -> m == null ? "" : i18n.tr("meetingKind", m)));
        meetingTitle.setPromptText(i18n.tr("worklog.meetingTitlePrompt"));
        action.setConverter(ShownAs.text(this::actionText));
        sittingLines = List.of(rows.add(i18n.tr("worklog.field.meeting"), meeting, meeting, null, "work.meeting"),
                rows.add(i18n.tr("field.work.meetingTitle"), meetingTitle, meetingTitle, null, "work.meetingTitle"),
                rows.add(i18n.tr("worklog.field.action"), action, action, null, "work.action"));
        means.setEditable(true);
        means.getItems().setAll(Arrays.asList(i18n.tr("worklog.means.options").split("\\|")));
        about.setPromptText(i18n.tr("worklog.aboutPrompt"));
        reminderLines = List.of(rows.add(i18n.tr("field.work.means"), means, means, null, "work.means"),
                rows.add(i18n.tr("field.work.reminderTo"), to, to, null, "work.reminderTo"),
                rows.add(i18n.tr("field.work.reminderAbout"), about, about, null, "work.reminderAbout"),
                rows.add(i18n.tr("field.work.replyDue"), replyDue, replyDue, null, "work.replyDue"),
                rows.add(i18n.tr("field.work.repliedOn"), repliedOn, repliedOn, null, "work.repliedOn"));
        wire();
    }

    private void wire() {
        people.onChange(this::changed);
        places.onChange(this::changed);
        for (ObservableValue<?> typed : List.of(topic.textProperty(), participants.textProperty(), who.textProperty(),
                meetingTitle.textProperty(), means.getEditor().textProperty(), to.textProperty(), about.textProperty())) {
            typed.addListener((o, a, b) -> changed(true));
        }
        for (ObservableValue<?> chosen : List.of(method.valueProperty(), meeting.valueProperty(), action.valueProperty(),
                means.valueProperty(), replyDue.valueProperty(), repliedOn.valueProperty())) {
            chosen.addListener((o, a, b) -> changed(false));
        }
        method.valueProperty().addListener((o, a, m) -> placesTag.setVisible(m == VisitMethod.COVERT));
    }

    private void changed(boolean typed) {
        if (!filling) {
            onChange.accept(typed);
        }
    }

    void onChange(Consumer<Boolean> r) {
        onChange = r;
    }

    /** Only the lines of this kind. */
    void show(WorkKind kind) {
        FormRows.shown(peopleLine, kind != null && kind.talks());
        FormRows.shown(visitLines, kind == WorkKind.VISIT);
        FormRows.shown(forumLines, kind == WorkKind.FORUM);
        FormRows.shown(sittingLines, kind == WorkKind.SITTING);
        FormRows.shown(reminderLines, kind == WorkKind.REMINDER);
    }

    VisitMethod method() {
        return method.getValue();
    }

    /** The entry's units changed: the people's unit choice and the sitting's actions follow. */
    void setUnits(Set<Long> chosen) {
        units = Set.copyOf(chosen);
        boolean was = filling;
        filling = true;
        try {
            people.setUnits(units);
            showActions();
        } finally {
            filling = was;
        }
    }

    /** The actions of the sitting's unit (one unit: its cells' states show), the one named kept. */
    private void showActions() {
        Long keep = action.getValue();
        Long unit = units.size() == 1 ? units.iterator().next() : null;
        action.getItems().setAll(NO_ACTION);
        vm.sittings().actionsFor(unit).forEach(a -> action.getItems().add(a.id()));
        if (keep != null && !action.getItems().contains(keep)) {
            action.getItems().add(keep); // named before, 不适用 now: still shown as it is
        }
        action.setValue(keep == null ? NO_ACTION : keep);
    }

    private String actionText(Long id) {
        if (id == null || id == NO_ACTION) {
            return i18n.tr("worklog.sitting.noAction");
        }
        Long unit = units.size() == 1 ? units.iterator().next() : null;
        return vm.sittings().actionsFor(null).stream().filter(a -> a.id() == id).findFirst()
                .map((RequiredAction a) -> vm.sittings().text(a, unit)).orElse("");
    }

    void fill(KindFields f, Set<Long> entryUnits) {
        filling = true;
        try {
            units = Set.copyOf(entryUnits);
            people.setUnits(units);
            people.set(f.people());
            places.set(f.places());
            method.setValue(f.method());
            topic.setText(f.topic());
            participants.setText(f.participants());
            who.setText(f.who());
            meeting.setValue(f.meeting());
            meetingTitle.setText(f.meetingTitle());
            action.setValue(null);
            showActions();
            action.setValue(f.actionId() == null ? NO_ACTION : f.actionId());
            means.setValue(f.means());
            means.getEditor().setText(f.means());
            to.setText(f.to());
            about.setText(f.about());
            setDate(replyDue, f.replyDue());
            setDate(repliedOn, f.repliedOn());
            placesTag.setVisible(f.method() == VisitMethod.COVERT);
        } finally {
            filling = false;
        }
    }

    private static void setDate(DatePicker p, LocalDate d) {
        p.setValue(d);
        p.getEditor().setText(p.getConverter().toString(d));
    }

    /** Every kind's fields as the controls hold them. */
    KindFields fields(KindFields base) {
        Long chosen = action.getValue() == null || action.getValue() == NO_ACTION ? null : action.getValue();
        String by = means.getEditor().getText();
        return base.withPeople(people.values()).withPlaces(places.values(), method.getValue())
                .withForum(topic.getText(), participants.getText(), who.getText())
                .withSitting(meeting.getValue(), meetingTitle.getText(), chosen)
                .withReminder(by == null ? "" : by, to.getText(), about.getText(), replyDue.getValue(), repliedOn.getValue());
    }

    void commitTyped() {
        DateInput.commitTyped(replyDue);
        DateInput.commitTyped(repliedOn);
    }
}
