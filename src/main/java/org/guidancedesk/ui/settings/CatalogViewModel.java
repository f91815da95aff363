package org.guidancedesk.ui.settings;

import org.guidancedesk.domain.RecordCount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.guidancedesk.domain.ActionScope;
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
public final class CatalogViewModel {
    private final UiTasks tasks;
    private final CatalogService service;
    private final ObservableList<RequiredAction> all = FXCollections.observableArrayList();
    private final FilteredList<RequiredAction> shown = new FilteredList<>(all, a -> a.scope() == ActionScope.UNIT);
    private final ObjectProperty<ActionScope> scope = new SimpleObjectProperty<>(ActionScope.UNIT);

    public CatalogViewModel(UiTasks tasks, CatalogService service) {
        this.tasks = tasks;
        this.service = service;
        scope.addListener((obs, was, is) -> {
            ActionScope s = is == null ? ActionScope.UNIT : is;
            shown.setPredicate(a -> a.scope() == s);
        });
    }

    public void load() {
        tasks.read(service::actions, all::setAll);
    }

    /**
     * Adds an action to the scope shown ({@code existing} null) or saves changes to one; the
     * scope of an existing action never changes. Refusals go to {@code onInvalid}.
     */
    public void save(RequiredAction existing, String title, Phase phase, boolean mustAttend,
                     LocalDate dueFrom, LocalDate dueTo, ActionScope scopeOfNew,
                     Consumer<RequiredAction> onSaved, Consumer<ValidationException> onInvalid) {
        RequiredAction draft;
        try {
            draft = existing == null
                    ? new RequiredAction(0, title, phase, mustAttend, dueFrom, dueTo, scopeOfNew, 0)
                    : new RequiredAction(existing.id(), title, phase, mustAttend, dueFrom, dueTo,
                            existing.scope(), existing.sortOrder());
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        tasks.write(() -> {
            RequiredAction stored;
            if (existing == null) {
                stored = service.add(draft);
            } else {
                service.update(draft);
                stored = draft;
            }
            return new Saved(stored, service.actions());
        }, saved -> {
            all.setAll(saved.all());
            onSaved.accept(saved.action());
        }, onInvalid);
    }

    private record Saved(RequiredAction action, List<RequiredAction> all) {}

    /** The question to ask before deleting: how many checklist records go with the action. */
    public void removal(RequiredAction action, Consumer<Removal> then) {
        I18n i18n = tasks.i18n();
        tasks.read(() -> service.recordsOf(action.id()), count -> then.accept(Removal.confirm(count.total() == 0
                ? i18n.tr("settings.action.remove.noRecords", action.title())
                : i18n.tr("settings.action.remove.withRecords", action.title(), count.total(), count.done()))));
    }

    public void remove(RequiredAction action, Runnable onRemoved) {
        tasks.write(() -> {
            service.remove(action.id());
            return service.actions();
        }, list -> {
            all.setAll(list);
            onRemoved.run();
        });
    }

    /** Whether the action can move one place (−1 up, +1 down) without leaving its phase. */
    public boolean canMove(RequiredAction action, int delta) {
        int index = indexOf(action);
        int target = index + delta;
        return index >= 0 && target >= 0 && target < shown.size()
                && shown.get(target).phase() == shown.get(index).phase();
    }

    /** Moves the action inside its phase and stores the order of the list shown. */
    public void move(RequiredAction action, int delta, Consumer<RequiredAction> onMoved) {
        if (!canMove(action, delta)) {
            return;
        }
        List<Long> ids = Reorder.idsAfterMove(new ArrayList<>(shown), indexOf(action), delta, RequiredAction::id);
        tasks.write(() -> {
            service.reorder(ids);
            return service.actions();
        }, list -> {
            all.setAll(list);
            list.stream().filter(a -> a.id() == action.id()).findFirst().ifPresent(onMoved);
        });
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

    private int indexOf(RequiredAction action) {
        if (action == null) {
            return -1;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == action.id()) {
                return i;
            }
        }
        return -1;
    }

    /** The scope shown: 各单位规定动作 or 本组工作事项. */
    public ObjectProperty<ActionScope> scopeProperty() { return scope; }

    /** The actions of the scope shown, in display order. */
    public ObservableList<RequiredAction> shown() { return shown; }

    /** Every action of both scopes. */
    public ObservableList<RequiredAction> all() { return all; }
}
