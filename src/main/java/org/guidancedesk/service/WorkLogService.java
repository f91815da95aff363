package org.guidancedesk.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.Coverage;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFigures;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.RecordRepository;
import org.guidancedesk.store.RectificationRepository;
import org.guidancedesk.store.RosterRepository;
import org.guidancedesk.store.UnitRepository;
import org.guidancedesk.store.WorkLogRepository;

/** 工作记录: the group's own work, its figures, and the findings it turns into ledger items. */
public final class WorkLogService {
    private final Database db;
    private final Clock clock;
    private final WorkLogRepository entries = new WorkLogRepository();
    private final RectificationRepository items = new RectificationRepository();
    private final LedgerPatches patches;
    private final RosterRepository roster = new RosterRepository();
    private final RecordRepository records = new RecordRepository();
    private final UnitRepository units = new UnitRepository();

    WorkLogService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        // its own: the ledger screen's kept checks are dropped by any write not theirs, this one too
        this.patches = new LedgerPatches(db);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<WorkEntry> entries() {
        return db.read(entries::findAll);
    }

    public Optional<WorkEntry> entry(long id) {
        return db.read(c -> entries.find(c, id));
    }

    /** Saves a new entry (id 0) or a changed one; returns it as stored, with its ids. */
    public WorkEntry save(WorkEntry entry) {
        entry.checkAgainst(today());
        Instant now = Instant.now(clock);
        return db.write(c -> entry.id() == 0 ? entries.insert(c, entry, now) : entries.update(c, entry, now));
    }

    /** Deletes entries to the trash (the ledger items made from their findings stay). */
    public void remove(Collection<Long> ids) {
        db.write(c -> {
            entries.delete(c, ids);
            return null;
        });
    }

    /** The group's figures for a period, as of a day (the sheet's): see {@link WorkFigures}. */
    public WorkFigures figures(LocalDate from, LocalDate to, LocalDate asOf) {
        return WorkFigures.of(entries(), from, to, asOf);
    }

    /**
     * Files a finding as a ledger item (the item as the caller drafted it, its problem the
     * finding's text as the user left it) and links the two, in one transaction. A finding
     * already turned into an item is refused.
     */
    public LedgerPatch turnIntoItem(long entryId, long findingId, Rectification draft) {
        LocalDate today = today();
        return db.write(c -> {
            WorkEntry entry = entries.find(c, entryId).orElseThrow(() -> new SQLException("no work entry " + entryId));
            WorkFinding finding = entry.findings().stream().filter(f -> f.id() == findingId).findFirst()
                    .orElseThrow(() -> new SQLException("no finding " + findingId + " in entry " + entryId));
            if (finding.turnedIntoItem()) {
                throw new ValidationException("work.finding", "validation.findingAlreadyAnItem");
            }
            Rectification saved = items.insert(c, draft.toBuilder().createdOn(today).build(), Instant.now(clock));
            entries.linkFinding(c, findingId, saved.id());
            return patches.of(c, List.of(saved), Set.of());
        });
    }

    /**
     * Ticks the required action a meeting sat in on fulfils: the unit's cell done on the
     * meeting's day, the members who sat in added to its attendees, in one transaction (one
     * undo step). Only for a done sitting that names an action.
     */
    public ActionRecord tickSitting(long entryId) {
        return db.write(c -> {
            WorkEntry entry = entries.find(c, entryId).orElseThrow(() -> new SQLException("no work entry " + entryId));
            if (entry.status() != WorkStatus.DONE || !(entry.details() instanceof WorkDetails.Sitting sitting)
                    || sitting.actionId() == null) {
                throw new IllegalArgumentException("entry " + entryId + " is not a done sitting with an action");
            }
            RecordKey key = new RecordKey(sitting.actionId(), entry.unitIds().iterator().next());
            ActionRecord current = records.find(c, key).orElse(ActionRecord.empty(key));
            Set<Long> attendees = new java.util.LinkedHashSet<>(current.attendeeIds());
            attendees.addAll(entry.memberIds());
            ActionRecord done = new ActionRecord(key, org.guidancedesk.domain.ActionStatus.DONE, current.planned(),
                    entry.on(), attendees, current.note());
            records.save(c, done, Instant.now(clock));
            return done;
        });
    }

    /** Links a finding to an item that exists already: the demo's findings filed before it was written. */
    void linkForDemo(long findingId, long itemId) {
        db.write(c -> {
            entries.linkFinding(c, findingId, itemId);
            return null;
        });
    }

    /** The work entry a ledger item was made from, if it was. */
    public Optional<Long> entryOfItem(long itemId) {
        return db.read(c -> entries.entryOfItem(c, itemId));
    }

    /**
     * The ledger items of these ids that are still in the ledger: what the entries' findings were
     * turned into, for the work log to show each one's serial and state without reading the ledger.
     */
    public List<Rectification> items(Collection<Long> ids) {
        return db.read(c -> LinkedItems.find(c, ids));
    }

    /** Every unit's 主要负责同志 and 班子成员. */
    public List<RosterPerson> roster() {
        return db.read(roster::findAll);
    }

    /** Adds (id 0) or changes one person of a unit's roster; a name twice in a unit is refused. */
    public RosterPerson saveRosterPerson(RosterPerson person) {
        return db.write(c -> {
            if (roster.nameTaken(c, person)) {
                throw new ValidationException("roster.name", "validation.rosterDuplicate", person.name());
            }
            return roster.save(c, person);
        });
    }

    public void removeRosterPerson(long id) {
        db.write(c -> {
            roster.delete(c, id);
            return null;
        });
    }

    /** 全覆盖: a row per unit, as of the day given. */
    public List<Coverage.Row> coverage(LocalDate asOf) {
        return db.read(c -> Coverage.of(units.findAll(c), entries.findAll(c), roster.findAll(c), asOf));
    }
}
