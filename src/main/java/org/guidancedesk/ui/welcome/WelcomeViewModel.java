package org.guidancedesk.ui.welcome;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Text;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.GroupService;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * First start: the few facts needed to create the group, with defaults so only the group's
 * name and the secretary must be typed.
 */
public final class WelcomeViewModel {
    /** The campaign most groups supervise; editable. */
    static final String DEFAULT_CAMPAIGN = "学习贯彻习近平新时代中国特色社会主义思想主题教育";

    private final UiTasks tasks;
    private final GroupService groups;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty campaign = new SimpleStringProperty(DEFAULT_CAMPAIGN);
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty secretary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public WelcomeViewModel(UiTasks tasks, GroupService groups, Clock clock) {
        this.tasks = tasks;
        this.groups = groups;
        start.set(defaultStart(clock));
        end.set(defaultStart(clock).plusMonths(3));
    }

    /** A new group starts this week's Monday unless told otherwise (and ends three months on). */
    static LocalDate defaultStart(Clock clock) {
        return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public StringProperty nameProperty() { return name; }

    public StringProperty campaignProperty() { return campaign; }

    public ObjectProperty<LocalDate> startProperty() { return start; }

    public ObjectProperty<LocalDate> endProperty() { return end; }

    public StringProperty secretaryProperty() { return secretary; }

    /** The problem with the form, naming the field; empty when there is none. */
    public StringProperty errorProperty() { return error; }

    public BooleanProperty busyProperty() { return busy; }

    /** Checks the form, then creates the group, its secretary and the standard catalogue. */
    public void create(Consumer<Group> onCreated) {
        Group group;
        String secretaryName;
        try {
            if (start.get() == null) {
                throw new ValidationException("group.start", "validation.required");
            }
            if (end.get() == null) {
                throw new ValidationException("group.end", "validation.required");
            }
            group = new Group(name.get(), campaign.get(), start.get(), end.get(), null);
            secretaryName = Text.requiredName("group.secretary", secretary.get());
        } catch (ValidationException e) {
            error.set(Messages.of(tasks.i18n(), e));
            return;
        }
        error.set("");
        busy.set(true);
        tasks.write(() -> groups.createGroup(group, secretaryName), created -> {
            busy.set(false);
            onCreated.accept(created);
        }, invalid -> {
            busy.set(false);
            error.set(Messages.of(tasks.i18n(), invalid));
        });
    }
}
