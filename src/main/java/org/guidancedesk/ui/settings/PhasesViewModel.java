package org.guidancedesk.ui.settings;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RecordCount;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.CatalogService;
import org.guidancedesk.ui.UiTasks;

/**
 * 阶段: the campaign's phases (every unit's required actions are listed under them, and the
 * weekly sheet counts them by) and the areas of the group's own work items, one scope shown at
 * a time, in order: add, rename, reorder, and remove one no action is listed under (else the
 * reason and how many). {@code onChanged} runs after each stored change (the catalogue shows
 * the names).
 */
public final class PhasesViewModel implements RemovableRows<Phase> {
    private final UiTasks tasks;
    private final ListEditor<Phase> phases;
    private final FilteredList<Phase> shown;
    private final ObjectProperty<ActionScope> scope = new SimpleObjectProperty<>(ActionScope.UNIT);
    private final Runnable onChanged;

    public PhasesViewModel(UiTasks tasks, CatalogService service, Runnable onChanged) {
        this.tasks = tasks;
        this.onChanged = onChanged;
        this.phases = new ListEditor<>(tasks, Phase::id, new ListEditor.Rows<>(service::phases, service::addPhase,
                service::renamePhase, id -> new RecordCount(service.actionsIn(id), 0), service::removePhase,
                service::reorderPhases));
        this.shown = new FilteredList<>(phases.list(), p -> p.scope() == ActionScope.UNIT);
        scope.addListener((obs, was, is) -> {
            ActionScope s = is == null ? ActionScope.UNIT : is;
            shown.setPredicate(p -> p.scope() == s);
        });
    }

    public void load() {
        phases.load();
    }

    /** Adds a phase to the scope shown ({@code existing} null) or renames one; refusals go to {@code onInvalid}. */
    public void save(Phase existing, String name, Consumer<Phase> onSaved, Consumer<ValidationException> onInvalid) {
        ActionScope of = scope.get();
        phases.save(existing, () -> existing == null ? Phase.draft(of, name) : existing.withName(name),
                saved -> {
                    onSaved.accept(saved);
                    onChanged.run();
                }, onInvalid);
    }

    /** The question before removing one no action is listed under; for one in use, why it stays. */
    @Override
    public void removal(Phase phase, Consumer<Removal> then) {
        I18n i18n = tasks.i18n();
        String kind = i18n.tr(phase.scope() == ActionScope.GROUP ? "settings.phases.area" : "settings.phases.phase");
        phases.decideRemoval(phase, used -> used.total() == 0
                ? Removal.confirm(i18n.tr("settings.phases.remove.unused", kind, phase.name()))
                : Removal.blocked(i18n.tr("settings.phases.remove.inUse", kind, phase.name(), used.total())), then);
    }

    @Override
    public void remove(Phase phase, Runnable onRemoved) {
        phases.remove(phase, () -> {
            onRemoved.run();
            onChanged.run();
        });
    }

    public boolean canMove(Phase phase, int delta) {
        return phases.canMove(shown, phase, delta);
    }

    public void move(Phase phase, int delta, Consumer<Phase> onMoved) {
        if (canMove(phase, delta)) {
            phases.move(shown, phase, delta, moved -> {
                onMoved.accept(moved);
                onChanged.run();
            });
        }
    }

    /** The scope shown: the units' phases or the group's areas. */
    public ObjectProperty<ActionScope> scopeProperty() { return scope; }

    /** The phases of the scope shown, in order. */
    public ObservableList<Phase> shown() { return shown; }
}
