package org.guidancedesk.ui.settings;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Liaison;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.RecordCount;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.UnitService;
import org.guidancedesk.ui.UiTasks;

/** 联系单位: the assigned units in display order; add, edit, reorder, remove. */
public final class UnitsViewModel implements RemovableRows<Unit> {
    private final UiTasks tasks;
    private final ListEditor<Unit> units;
    private final ObservableList<Member> members;

    /** {@code members}: the group's members as the members' tab shows them, to choose a liaison from. */
    public UnitsViewModel(UiTasks tasks, UnitService service, ObservableList<Member> members) {
        this.tasks = tasks;
        this.members = members;
        this.units = new ListEditor<>(tasks, Unit::id, new ListEditor.Rows<>(service::units, service::add,
                service::update, service::recordsOf, service::remove, service::reorder));
    }

    public void load() {
        units.load();
    }

    /**
     * Adds a unit at the end ({@code existing} null) or saves changes to one. The record's
     * rules and the service's (a name used by another unit) refuse through {@code onInvalid};
     * nothing is saved then.
     */
    public void save(Unit existing, String name, UnitKind kind, String contact, String phone,
                     Consumer<Unit> onSaved, Consumer<ValidationException> onInvalid) {
        save(existing, name, kind, contact, phone, existing == null ? null : existing.liaisonId(), onSaved, onInvalid);
    }

    /** As above, with the unit's liaison: a member's id, or null for none. */
    public void save(Unit existing, String name, UnitKind kind, String contact, String phone, Long liaisonId,
                     Consumer<Unit> onSaved, Consumer<ValidationException> onInvalid) {
        units.save(existing, () -> existing == null
                ? new Unit(0, name, kind, contact, phone, 0, liaisonId)
                : new Unit(existing.id(), name, kind, contact, phone, existing.sortOrder(), liaisonId), onSaved, onInvalid);
    }

    /** The unit's liaison as "李四 13800001111", or "" when none is named. */
    public String liaisonText(Unit unit) {
        return Liaison.text(unit, members);
    }

    /** The members a liaison can be chosen from, in their order. */
    public ObservableList<Member> members() { return members; }

    /** The question to ask before deleting: how many checklist records and ledger items go with the unit. */
    @Override
    public void removal(Unit unit, Consumer<Removal> then) {
        units.removal(unit, count -> question(unit, count), then);
    }

    private String question(Unit unit, RecordCount count) {
        String question = recordsQuestion(unit, count);
        return count.workEntries() == 0 ? question
                : question + tasks.i18n().tr("settings.unit.remove.alsoWork", count.workEntries());
    }

    private String recordsQuestion(Unit unit, RecordCount count) {
        I18n i18n = tasks.i18n();
        if (count.ledgerItems() == 0) {
            return count.total() == 0 ? i18n.tr("settings.unit.remove.noRecords", unit.name())
                    : i18n.tr("settings.unit.remove.withRecords", unit.name(), count.total(), count.done());
        }
        return count.total() == 0 ? i18n.tr("settings.unit.remove.withLedger", unit.name(), count.ledgerItems())
                : i18n.tr("settings.unit.remove.withRecordsAndLedger", unit.name(), count.total(), count.done(),
                        count.ledgerItems());
    }

    /** Removes the unit, its checklist records and its ledger items. */
    @Override
    public void remove(Unit unit, Runnable onRemoved) {
        units.remove(unit, onRemoved);
    }

    public boolean canMove(Unit unit, int delta) {
        return units.canMove(units.list(), unit, delta);
    }

    /** Moves the unit one place up (−1) or down (+1) and stores the new order of every unit. */
    public void move(Unit unit, int delta, Consumer<Unit> onMoved) {
        if (canMove(unit, delta)) {
            units.move(units.list(), unit, delta, onMoved);
        }
    }

    public ObservableList<Unit> units() { return units.list(); }
}
