package org.guidancedesk.ui.welcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Text;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.GroupService;
import org.guidancedesk.service.NewGroup;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * The new-group wizard's five steps (template, dates, group and members, units, review): what
 * each holds, the check before leaving it, and the create, off the JavaFX thread in one transaction.
 */
public final class NewGroupWizardModel {
    static final int TEMPLATE = 0;
    static final int DATES = 1;
    static final int PEOPLE = 2;
    static final int UNITS = 3;
    static final int REVIEW = 4;
    static final int STEPS = 5;

    private final UiTasks tasks;
    private final GroupService groups;
    final List<TemplateChoice> choices = TemplateChoice.all();
    final ObjectProperty<TemplateChoice> choice = new SimpleObjectProperty<>();
    final StringProperty campaign = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty secretary = new SimpleStringProperty("");
    final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    final StringProperty unitsText = new SimpleStringProperty("");
    final IntegerProperty step = new SimpleIntegerProperty(TEMPLATE);
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    public NewGroupWizardModel(UiTasks tasks, GroupService groups, Clock clock) {
        this.tasks = tasks;
        this.groups = groups;
        start.set(WelcomeViewModel.defaultStart(clock));
        end.set(WelcomeViewModel.defaultStart(clock).plusMonths(3));
        // The campaign's name follows the template until the user types their own.
        choice.addListener((o, was, now) -> {
            if (now != null && (campaign.get().isBlank() || was != null && campaign.get().equals(was.template().campaign()))) {
                campaign.set(now.template().campaign());
            }
        });
        choice.set(choices.get(choices.size() - 1));
        members.add(new MemberRow());
        // A message about input the user has since changed would point at what is no longer there.
        for (Observable input : List.of(choice, campaign, start, end, name, secretary, members, unitsText)) {
            input.addListener(o -> error.set(""));
        }
    }

    /** Moves on when the step's input is good; otherwise says what is wrong, naming the field and row. */
    void next() {
        try {
            check(step.get());
        } catch (ValidationException e) {
            error.set(Messages.of(tasks.i18n(), e));
            return;
        }
        error.set("");
        step.set(Math.min(step.get() + 1, REVIEW));
    }

    void back() {
        error.set("");
        step.set(Math.max(step.get() - 1, TEMPLATE));
    }

    private void check(int s) {
        switch (s) {
            case TEMPLATE -> {
                if (choice.get() == null) {
                    throw new ValidationException("wizard.template", "validation.required");
                }
                Text.requiredName("group.campaign", campaign.get());
            }
            case DATES -> dates();
            case PEOPLE -> {
                Text.requiredName("group.name", name.get());
                Text.requiredName("group.secretary", secretary.get());
                otherMembers();
            }
            case UNITS -> units();
            default -> { }
        }
    }

    /** The dates alone (the group's name comes a step later). */
    private void dates() {
        if (start.get() == null) {
            throw new ValidationException("group.start", "validation.required");
        }
        if (end.get() == null) {
            throw new ValidationException("group.end", "validation.required");
        }
        if (end.get().isBefore(start.get())) {
            throw new ValidationException("group.end", "validation.endBeforeStart");
        }
    }

    private Group group() {
        dates();
        return new Group(name.get(), campaign.get(), start.get(), end.get(), null);
    }

    private List<Member> otherMembers() {
        List<Member> typed = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberRow row = members.get(i);
            if (row.blank()) {
                continue;
            }
            try {
                typed.add(row.member());
            } catch (ValidationException e) {
                throw e.about("validation.row", i + 1);
            }
        }
        return typed;
    }

    List<Unit> units() {
        return UnitLines.parse(tasks.i18n(), unitsText.get());
    }

    /** Every step checked again, then the group with its members, units and catalogue written at once. */
    void create(Consumer<Group> onCreated) {
        NewGroup wanted;
        try {
            for (int s = TEMPLATE; s < REVIEW; s++) {
                check(s);
            }
            wanted = new NewGroup(group(), Text.requiredName("group.secretary", secretary.get()),
                    choice.get().chosen(), otherMembers(), units());
        } catch (ValidationException e) {
            error.set(Messages.of(tasks.i18n(), e));
            return;
        }
        error.set("");
        busy.set(true);
        tasks.write(() -> groups.create(wanted), created -> {
            busy.set(false);
            onCreated.accept(created);
        }, invalid -> {
            busy.set(false);
            error.set(Messages.of(tasks.i18n(), invalid));
        });
    }
}
