package org.guidancedesk.ui.settings;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.GroupService;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * 本组: the group's name, campaign, dates and secretary, edited in place. Each
 * {@link #commit()} saves the fields at once when they make a valid group; otherwise the
 * fields keep what was typed, nothing is saved and {@link #errorProperty()} names the field.
 */
public final class GroupViewModel {
    private final UiTasks tasks;
    private final GroupService groups;
    private final Runnable onGroupChanged;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty campaign = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObjectProperty<Member> secretary = new SimpleObjectProperty<>();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    /** False until the first read arrives, so "no group" is never said while still loading. */
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    private Group saved;
    private boolean loading;

    public GroupViewModel(UiTasks tasks, GroupService groups, Runnable onGroupChanged) {
        this.tasks = tasks;
        this.groups = groups;
        this.onGroupChanged = onGroupChanged;
    }

    private record Snapshot(Group group, List<Member> members) {}

    /** Reads the group and its members, replacing whatever the fields hold. */
    public void load() {
        tasks.read(() -> new Snapshot(groups.group().orElse(null), groups.members()), this::show);
    }

    /** Re-reads the members (after one was added, renamed or removed), keeping the fields. */
    public void reloadMembers() {
        tasks.read(groups::members, list -> {
            Long chosen = secretary.get() == null ? null : secretary.get().id();
            loading = true;
            try {
                members.setAll(list);
                secretary.set(find(list, chosen));
            } finally {
                loading = false;
            }
        });
    }

    private void show(Snapshot s) {
        loading = true;
        try {
            saved = s.group();
            members.setAll(s.members());
            available.set(saved != null);
            loaded.set(true);
            if (saved != null) {
                name.set(saved.name());
                campaign.set(saved.campaign());
                start.set(saved.start());
                end.set(saved.end());
                secretary.set(find(s.members(), saved.secretaryId()));
            }
            clearError();
        } finally {
            loading = false;
        }
    }

    private static Member find(List<Member> list, Long id) {
        if (id == null) {
            return null;
        }
        return list.stream().filter(m -> m.id() == id).findFirst().orElse(null);
    }

    /**
     * Saves the fields if they changed and make a valid group, then calls the group-changed
     * callback. Ignored while loading, so filling the fields never writes.
     */
    public void commit() {
        if (loading || saved == null) {
            return;
        }
        Group draft;
        try {
            draft = draft();
        } catch (ValidationException e) {
            showInvalid(e);
            return;
        }
        if (draft.equals(saved)) {
            clearError();
            return;
        }
        tasks.write(() -> {
            groups.updateGroup(draft);
            return draft;
        }, stored -> {
            saved = stored;
            loading = true;
            try {
                name.set(stored.name());
                campaign.set(stored.campaign());
            } finally {
                loading = false;
            }
            clearError();
            onGroupChanged.run();
        }, this::showInvalid);
    }

    private Group draft() {
        if (start.get() == null) {
            throw new ValidationException("group.start", "validation.required");
        }
        if (end.get() == null) {
            throw new ValidationException("group.end", "validation.required");
        }
        Member s = secretary.get();
        return new Group(name.get(), campaign.get(), start.get(), end.get(), s == null ? null : s.id());
    }

    private void showInvalid(ValidationException e) {
        error.set(Messages.of(tasks.i18n(), e));
        errorField.set(e.field());
    }

    private void clearError() {
        error.set("");
        errorField.set("");
    }

    /** The group as last saved (or read), or {@code null} when the file has none. */
    public Group saved() {
        return saved;
    }

    public StringProperty nameProperty() { return name; }

    public StringProperty campaignProperty() { return campaign; }

    public ObjectProperty<LocalDate> startProperty() { return start; }

    public ObjectProperty<LocalDate> endProperty() { return end; }

    public ObjectProperty<Member> secretaryProperty() { return secretary; }

    /** The members the secretary is chosen from. */
    public ObservableList<Member> members() { return members; }

    /** "结束日期：结束日期不能早于开始日期", or "" when the fields are saved. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The field the error concerns ({@code group.end}, …), or "". */
    public ReadOnlyStringProperty errorFieldProperty() { return errorField.getReadOnlyProperty(); }

    /** Whether the file holds a group to edit. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
}
