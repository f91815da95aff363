package org.guidancedesk.ui.settings;

import org.guidancedesk.domain.RecordCount;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.UnitService;
import org.guidancedesk.ui.UiTasks;

/** 联系单位: the assigned units in display order; add, edit, reorder, remove. */
public final class UnitsViewModel {
    private final UiTasks tasks;
    private final UnitService service;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();

    public UnitsViewModel(UiTasks tasks, UnitService service) {
        this.tasks = tasks;
        this.service = service;
    }

    public void load() {
        tasks.read(service::units, units::setAll);
    }

    /**
     * Adds a unit at the end ({@code existing} null) or saves changes to one. The record's
     * rules and the service's (a name used by another unit) refuse through {@code onInvalid};
     * nothing is saved then.
     */
    public void save(Unit existing, String name, UnitKind kind, String contact, String phone,
                     Consumer<Unit> onSaved, Consumer<ValidationException> onInvalid) {
        Unit draft;
        try {
            draft = existing == null
                    ? new Unit(0, name, kind, contact, phone, 0)
                    : new Unit(existing.id(), name, kind, contact, phone, existing.sortOrder());
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        tasks.write(() -> {
            Unit stored;
            if (existing == null) {
                stored = service.add(draft);
            } else {
                service.update(draft);
                stored = draft;
            }
            return new Saved(stored, service.units());
        }, saved -> {
            units.setAll(saved.all());
            onSaved.accept(saved.unit());
        }, onInvalid);
    }

    private record Saved(Unit unit, List<Unit> all) {}

    /** The question to ask before deleting: how many checklist records go with the unit. */
    public void removal(Unit unit, Consumer<Removal> then) {
        I18n i18n = tasks.i18n();
        tasks.read(() -> service.recordsOf(unit.id()), count -> then.accept(Removal.confirm(count.total() == 0
                ? i18n.tr("settings.unit.remove.noRecords", unit.name())
                : i18n.tr("settings.unit.remove.withRecords", unit.name(), count.total(), count.done()))));
    }

    /** Removes the unit and its checklist records. */
    public void remove(Unit unit, Runnable onRemoved) {
        tasks.write(() -> {
            service.remove(unit.id());
            return service.units();
        }, list -> {
            units.setAll(list);
            onRemoved.run();
        });
    }

    public boolean canMove(Unit unit, int delta) {
        int index = indexOf(unit);
        return index >= 0 && index + delta >= 0 && index + delta < units.size();
    }

    /** Moves the unit one place up (−1) or down (+1) and stores the new order of every unit. */
    public void move(Unit unit, int delta, Consumer<Unit> onMoved) {
        if (!canMove(unit, delta)) {
            return;
        }
        List<Long> ids = Reorder.idsAfterMove(units, indexOf(unit), delta, Unit::id);
        tasks.write(() -> {
            service.reorder(ids);
            return service.units();
        }, list -> {
            units.setAll(list);
            list.stream().filter(u -> u.id() == unit.id()).findFirst().ifPresent(onMoved);
        });
    }

    private int indexOf(Unit unit) {
        if (unit == null) {
            return -1;
        }
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id() == unit.id()) {
                return i;
            }
        }
        return -1;
    }

    public ObservableList<Unit> units() { return units; }
}
