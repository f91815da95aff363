package org.guidancedesk.ui.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ItemRepeat;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.CatalogService;
import org.guidancedesk.ui.UiTasks;

/**
 * 规定动作目录: the required actions of every unit and the group's own work items, one scope
 * shown at a time, ordered by phase then display order. Moving up or down stays inside a
 * phase, since the phase always comes first in the order.
 */
public final class CatalogViewModel implements RemovableRows<RequiredAction> {
    private final UiTasks tasks;
    private final CatalogService service;
    private final ListEditor<RequiredAction> actions;
    /** The file's phases of both scopes, for the action dialog's choice. */
    private final ObservableList<Phase> phases = FXCollections.observableArrayList();
    /** The group's members, for a work item's owner. */
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final FilteredList<RequiredAction> shown;
    private final ObjectProperty<ActionScope> scope = new SimpleObjectProperty<>(ActionScope.UNIT);

    private final org.guidancedesk.service.CatalogFileService files;
    private Runnable onImported = () -> { };

    public CatalogViewModel(UiTasks tasks, CatalogService service, org.guidancedesk.service.CatalogFileService files) {
        this.tasks = tasks;
        this.service = service;
        this.files = files;
        this.actions = new ListEditor<>(tasks, RequiredAction::id, new ListEditor.Rows<>(service::actions,
                service::add, service::update, service::recordsOf, service::remove, service::reorder));
        this.shown = new FilteredList<>(actions.list(), a -> a.scope() == ActionScope.UNIT);
        scope.addListener((obs, was, is) -> {
            ActionScope s = is == null ? ActionScope.UNIT : is;
            shown.setPredicate(a -> a.scope() == s);
        });
    }

    public void load() {
        actions.load();
        tasks.read(service::phases, phases::setAll);
        tasks.read(service::members, members::setAll);
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    /** The owner's name of a group work item, "" when none. */
    public String ownerName(RequiredAction a) {
        return members.stream().filter(m -> a.ownerId() != null && m.id() == a.ownerId()).map(Member::name)
                .findFirst().orElse("");
    }

    /** The phases of the scope (for the group's work items: its areas), in order. */
    public List<Phase> phases(ActionScope of) {
        return phases.stream().filter(p -> p.scope() == of).toList();
    }

    /**
     * Adds an action to the scope shown ({@code existing} null) or saves changes to one; the
     * scope of an existing action never changes. Refusals go to {@code onInvalid}.
     */
    public void save(RequiredAction existing, String title, Phase phase, boolean mustAttend,
                     LocalDate dueFrom, LocalDate dueTo, ActionScope scopeOfNew,
                     Consumer<RequiredAction> onSaved, Consumer<ValidationException> onInvalid) {
        save(existing, title, phase, mustAttend, dueFrom, dueTo, scopeOfNew,
                existing == null ? null : existing.ownerId(), existing == null ? null : existing.repeat(), onSaved, onInvalid);
    }

    /** The same, with a group work item's owner and repeat rule (both null for a unit's action). */
    public void save(RequiredAction existing, String title, Phase phase, boolean mustAttend,
                     LocalDate dueFrom, LocalDate dueTo, ActionScope scopeOfNew, Long ownerId, ItemRepeat repeat,
                     Consumer<RequiredAction> onSaved, Consumer<ValidationException> onInvalid) {
        if (phase == null) {
            onInvalid.accept(new ValidationException("action.phase", "validation.required"));
            return;
        }
        ActionScope scope = existing == null ? scopeOfNew : existing.scope();
        Long owner = scope == ActionScope.GROUP ? ownerId : null;
        ItemRepeat rule = scope == ActionScope.GROUP ? repeat : null;
        actions.save(existing, () -> new RequiredAction(existing == null ? 0 : existing.id(), title, phase, mustAttend,
                dueFrom, dueTo, scope, existing == null ? 0 : existing.sortOrder(), owner, rule), onSaved, onInvalid);
    }

    /** The question to ask before deleting: how many checklist records go with the action. */
    @Override
    public void removal(RequiredAction action, Consumer<Removal> then) {
        I18n i18n = tasks.i18n();
        actions.removal(action, count -> count.total() == 0
                ? i18n.tr("settings.action.remove.noRecords", action.title())
                : i18n.tr("settings.action.remove.withRecords", action.title(), count.total(), count.done()), then);
    }

    @Override
    public void remove(RequiredAction action, Runnable onRemoved) {
        actions.remove(action, onRemoved);
    }

    /** Whether the action can move one place (−1 up, +1 down) without leaving its phase. */
    public boolean canMove(RequiredAction action, int delta) {
        int index = actions.indexIn(shown, action);
        return actions.canMove(shown, action, delta) && shown.get(index + delta).phase().id() == shown.get(index).phase().id();
    }

    /** Moves the action inside its phase and stores the order of the list shown. */
    public void move(RequiredAction action, int delta, Consumer<RequiredAction> onMoved) {
        if (canMove(action, delta)) {
            actions.move(shown, action, delta, onMoved);
        }
    }

    /** "11月3日—11月20日", "11月20日前", "11月3日起" or "". */
    public String dueText(RequiredAction a) {
        I18n i18n = tasks.i18n();
        if (a.dueFrom() != null && a.dueTo() != null) {
            return i18n.tr("settings.due.range", i18n.shortDate(a.dueFrom()), i18n.shortDate(a.dueTo()));
        }
        if (a.dueTo() != null) {
            return i18n.tr("settings.due.by", i18n.shortDate(a.dueTo()));
        }
        if (a.dueFrom() != null) {
            return i18n.tr("settings.due.from", i18n.shortDate(a.dueFrom()));
        }
        return "";
    }

    // --- the catalogue as a workbook (issue 17, item 5) ------------------------------------------

    /** The file name proposed for the export: 规定动作目录-2026-11-24. */
    public String exportName() {
        return tasks.i18n().tr("settings.catalog.exportName", files.today().toString());
    }

    /** Writes the catalogue to the file (on the database thread); the status bar's line. */
    public String export(java.nio.file.Path out) {
        org.guidancedesk.service.CatalogFileService.Written w = files.export(out, tasks.i18n());
        return tasks.i18n().tr("settings.catalog.exported", w.phases() + w.actions() + w.items() + w.categories()
                + w.deadlines() + w.nodes() + w.reviewKinds() + w.kindRules(), out.getFileName().toString());
    }

    /**
     * An import as the user sees it before deciding: the file read and, when it has no problems,
     * the plan's lines ({@code problems} lists them otherwise; {@code writes} is 0 for nothing to do).
     */
    public record ImportPreview(org.guidancedesk.service.CatalogRead read, List<String> problems, List<String> plan,
                                int writes) {}

    /** Reads the file and plans it against the group (off the JavaFX thread), then hands the preview over. */
    public void previewImport(java.nio.file.Path file, Consumer<ImportPreview> then) {
        I18n i18n = tasks.i18n();
        tasks.read(() -> {
            org.guidancedesk.service.CatalogRead read = files.read(file);
            if (!read.problems().isEmpty()) {
                return new ImportPreview(read, read.problems().stream().map(p -> p.describe(i18n)).toList(), List.of(), 0);
            }
            org.guidancedesk.domain.CatalogPlan plan = files.plan(read);
            return new ImportPreview(read, List.of(), new org.guidancedesk.service.CatalogPlanText(i18n).lines(plan),
                    plan.writes());
        }, then);
    }

    /** Writes the import (a backup first, one transaction), then shows the catalogue and its phases again. */
    public void commitImport(ImportPreview preview) {
        tasks.write(() -> files.commit(preview.read()), done -> {
            tasks.announce(tasks.i18n().tr("settings.catalog.imported", done.adds().size(), done.changes().size(),
                    preview.read().fileName()));
            load();
            onImported.run();
        });
    }

    public UiTasks tasks() { return tasks; }

    /** Who else shows what an import changes (the phases tab). */
    public void setOnImported(Runnable onImported) {
        this.onImported = java.util.Objects.requireNonNull(onImported);
    }

    /** The scope shown: 各单位规定动作 or 本组工作事项. */
    public ObjectProperty<ActionScope> scopeProperty() { return scope; }

    /** The actions of the scope shown, in display order. */
    public ObservableList<RequiredAction> shown() { return shown; }

    /** Every action of both scopes. */
    public ObservableList<RequiredAction> all() { return actions.list(); }
}
