package org.guidancedesk.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.WorkLogService;
import org.guidancedesk.ui.UiTasks;

/**
 * 班子名单: each unit's 主要负责同志 and 班子成员 (name, position, rank), against whom the work
 * log counts "班子成员谈话 9/11" and from whom a talk's people are picked. The unit selected in
 * the units' table is shown; each write re-reads the roster in the same task, as the other
 * settings lists do.
 */
public final class RosterViewModel implements RemovableRows<RosterPerson> {
    private final UiTasks tasks;
    private final WorkLogService service;
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObservableList<RosterPerson> all = FXCollections.observableArrayList();
    private final ObservableList<RosterPerson> shown = FXCollections.observableArrayList();

    public RosterViewModel(UiTasks tasks, WorkLogService service) {
        this.tasks = tasks;
        this.service = service;
        unit.addListener(o -> show());
        all.addListener((javafx.collections.ListChangeListener<RosterPerson>) c -> show());
    }

    public void load() {
        tasks.read(service::roster, all::setAll);
    }

    private void show() {
        Unit u = unit.get();
        List<RosterPerson> rows = u == null ? List.of() : all.stream().filter(p -> p.unitId() == u.id()).toList();
        if (!rows.equals(shown)) {
            shown.setAll(rows);
        }
    }

    /**
     * Adds a person to the chosen unit's roster ({@code existing} null), at its end, or saves
     * changes to one. A name twice in a unit, or a blank one, is refused through {@code onInvalid}.
     */
    public void save(RosterPerson existing, String name, String position, PersonLevel level, Consumer<RosterPerson> onSaved,
                     Consumer<ValidationException> onInvalid) {
        Unit u = unit.get();
        if (u == null && existing == null) {
            return;
        }
        RosterPerson draft;
        try {
            draft = existing == null
                    ? new RosterPerson(0, u.id(), name, position, level, shown.stream().mapToInt(RosterPerson::sortOrder)
                            .max().orElse(-1) + 1)
                    : new RosterPerson(existing.id(), existing.unitId(), name, position, level, existing.sortOrder());
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        tasks.write(() -> new Saved(service.saveRosterPerson(draft), service.roster()), saved -> {
            all.setAll(saved.all());
            onSaved.accept(saved.person());
        }, onInvalid);
    }

    private record Saved(RosterPerson person, List<RosterPerson> all) {}

    @Override
    public void removal(RosterPerson p, Consumer<Removal> then) {
        then.accept(Removal.confirm(tasks.i18n().tr("roster.remove.question", p.name(),
                unit.get() == null ? "" : unit.get().name())));
    }

    @Override
    public void remove(RosterPerson p, Runnable onRemoved) {
        tasks.write(() -> {
            service.removeRosterPerson(p.id());
            return service.roster();
        }, roster -> {
            all.setAll(roster);
            onRemoved.run();
        });
    }

    /** The unit whose roster is shown (the one selected among the units), or null. */
    public ObjectProperty<Unit> unitProperty() { return unit; }

    /** The chosen unit's roster, in its order. */
    public ObservableList<RosterPerson> people() { return shown; }
}
