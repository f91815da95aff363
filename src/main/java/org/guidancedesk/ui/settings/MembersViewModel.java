package org.guidancedesk.ui.settings;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.RecordCount;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.GroupService;
import org.guidancedesk.ui.UiTasks;

/** 成员: the group's members; add, edit and remove (never the secretary). */
public final class MembersViewModel implements RemovableRows<Member> {
    private final UiTasks tasks;
    private final GroupService groups;
    private final Runnable onMembersChanged;
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Long> secretaryId = new ReadOnlyObjectWrapper<>();

    /** {@code onMembersChanged} runs after each saved change (the group form re-reads its list). */
    public MembersViewModel(UiTasks tasks, GroupService groups, Runnable onMembersChanged) {
        this.tasks = tasks;
        this.groups = groups;
        this.onMembersChanged = onMembersChanged;
    }

    private record Snapshot(Long secretaryId, List<Member> members) {}

    public void load() {
        tasks.read(this::snapshot, this::show);
    }

    private Snapshot snapshot() {
        Long secretary = groups.group().map(Group::secretaryId).orElse(null);
        return new Snapshot(secretary, groups.members());
    }

    private void show(Snapshot s) {
        secretaryId.set(s.secretaryId());
        members.setAll(s.members());
    }

    /**
     * Adds a member ({@code existing} null) or saves changes to one. The record's rules are
     * checked first; a refusal goes to {@code onInvalid} and nothing is saved.
     */
    public void save(Member existing, String name, MemberRole role, Set<Duty> duties,
                     Consumer<Member> onSaved, Consumer<ValidationException> onInvalid) {
        save(existing, name, role, duties, existing == null ? "" : existing.phone(), onSaved, onInvalid);
    }

    /** As above, with the member's phone number. */
    public void save(Member existing, String name, MemberRole role, Set<Duty> duties, String phone,
                     Consumer<Member> onSaved, Consumer<ValidationException> onInvalid) {
        Member draft;
        try {
            draft = existing == null
                    ? new Member(0, name, role, duties, 0, phone)
                    : new Member(existing.id(), name, role, duties, existing.sortOrder(), phone);
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        tasks.write(() -> {
            Member stored;
            if (existing == null) {
                stored = groups.addMember(draft);
            } else {
                groups.updateMember(draft);
                stored = draft;
            }
            return new Saved(stored, snapshot());
        }, saved -> {
            show(saved.snapshot());
            onMembersChanged.run();
            onSaved.accept(saved.member());
        }, onInvalid);
    }

    private record Saved(Member member, Snapshot snapshot) {}

    /**
     * What deleting the member means, read from the file: refused for the secretary, else a
     * question saying how many attendance marks go with them.
     */
    @Override
    public void removal(Member member, Consumer<Removal> then) {
        tasks.read(() -> {
            Long secretary = groups.group().map(Group::secretaryId).orElse(null);
            boolean isSecretary = secretary != null && secretary == member.id();
            return isSecretary ? null : groups.memberUse(member.id());
        }, use -> then.accept(use == null
                ? Removal.blocked(tasks.i18n().tr("settings.member.remove.secretary", member.name()))
                : Removal.confirm(question(member, use))));
    }

    private String question(Member member, RecordCount use) {
        I18n i18n = tasks.i18n();
        String question = use.total() == 0 ? i18n.tr("settings.member.remove.noMarks", member.name())
                : i18n.tr("settings.member.remove.withMarks", member.name(), use.total());
        return use.workEntries() == 0 ? question
                : question + i18n.tr("settings.member.remove.alsoWork", use.workEntries());
    }

    /** Removes the member and their attendance marks (after {@link #removal} was confirmed). */
    @Override
    public void remove(Member member, Runnable onRemoved) {
        tasks.write(() -> {
            groups.removeMember(member.id());
            return snapshot();
        }, s -> {
            show(s);
            onMembersChanged.run();
            onRemoved.run();
        });
    }

    public boolean isSecretary(Member member) {
        return member != null && secretaryId.get() != null && secretaryId.get() == member.id();
    }

    /** "统筹、材料": the duties in their fixed order. */
    public String dutiesText(Member member) {
        I18n i18n = tasks.i18n();
        return member.duties().stream().sorted().map(d -> i18n.tr("duty", d))
                .collect(Collectors.joining(i18n.tr("settings.list.separator")));
    }

    public ObservableList<Member> members() { return members; }

    public ReadOnlyObjectProperty<Long> secretaryIdProperty() { return secretaryId.getReadOnlyProperty(); }
}
