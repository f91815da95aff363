package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.ItemOrigin;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerChecks;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.LedgerImport;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.LedgerSnapshot;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Text;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.ItemOriginRepository;
import org.guidancedesk.store.LedgerListsRepository;
import org.guidancedesk.store.ProgressRepository;
import org.guidancedesk.store.RectificationRepository;
import org.guidancedesk.store.SettingRepository;
import org.guidancedesk.store.UnitRepository;

/** 整改台账: the two ledgers' items, their progress notes, categories, checks and saved filters. */
public final class LedgerService {
    static final String MILESTONES = "ledger.milestones";
    /** The campaign names three nodes (三个节点); more would not be quick choices any more. */
    public static final int MAX_MILESTONES = 3;

    private final Database db;
    private final Clock clock;
    private final RectificationRepository items = new RectificationRepository();
    private final ProgressRepository progress = new ProgressRepository();
    private final ItemOriginRepository origins = new ItemOriginRepository();
    private final LedgerListsRepository lists = new LedgerListsRepository();
    private final SettingRepository settings = new SettingRepository();
    private final LedgerPatches patches;
    private final LedgerDecisions decisions;

    LedgerService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.patches = new LedgerPatches(db);
        this.decisions = new LedgerDecisions(patches, clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everything the ledger screen shows, with the checks run, in one read. */
    public LedgerSnapshot snapshot() {
        LocalDate today = today();
        return db.read(c -> {
            List<Rectification> all = items.findAll(c);
            List<LedgerWarning> warnings = patches.checkAll(c, all);
            Map<Ledger, List<String>> categories = new EnumMap<>(Ledger.class);
            for (Ledger l : Ledger.values()) {
                categories.put(l, categories(c, l));
            }
            return new LedgerSnapshot(today, DeadlineService.warnDays(c), new UnitRepository().findAll(c), all,
                    progress.latest(c), warnings, categories, milestones(c), lists.filters(c));
        });
    }

    public List<Rectification> items() {
        return db.read(items::findAll);
    }

    /** Where every item stands, without the texts but the problem: what 总览 counts and lists. */
    public List<org.guidancedesk.domain.LedgerState> states() {
        return db.read(items::findStates);
    }

    /** Items the filter lets through, in ledger and serial order (for export and the command line). */
    public List<Rectification> items(LedgerFilter filter) {
        LocalDate today = today();
        return db.read(c -> {
            List<Rectification> all = items.findAll(c);
            java.util.Set<Long> warned = new java.util.HashSet<>();
            if (filter.warningsOnly()) {
                LedgerChecks.check(all, lists.dismissed(c)).forEach(w -> warned.add(w.itemId()));
            }
            return all.stream().filter(r -> filter.matches(r, LedgerFilter.searchable(r), warned.contains(r.id()), today))
                    .toList();
        });
    }

    /** What the filter lets through, as a printed 台账 shows it (ledger and serial order), in one read. */
    public LedgerListing listing(LedgerFilter filter) {
        LocalDate today = today();
        return db.read(c -> {
            List<Rectification> all = items.findAll(c);
            java.util.Set<Long> warned = new java.util.HashSet<>();
            if (filter.warningsOnly()) {
                LedgerChecks.check(all, lists.dismissed(c)).forEach(w -> warned.add(w.itemId()));
            }
            List<Rectification> chosen = all.stream()
                    .filter(r -> filter.matches(r, LedgerFilter.searchable(r), warned.contains(r.id()), today))
                    .sorted(java.util.Comparator.comparing(Rectification::ledger).thenComparingInt(Rectification::serial))
                    .toList();
            Map<Long, String> unitNames = new java.util.HashMap<>();
            new UnitRepository().findAll(c).forEach(u -> unitNames.put(u.id(), u.name()));
            return new LedgerListing(new org.guidancedesk.store.GroupRepository().find(c).orElse(null), today, filter,
                    chosen, unitNames, progress.byItem(c));
        });
    }

    /** Adds an item; it gets the next serial of its ledger and today as its filing date. */
    public LedgerPatch add(Rectification item) {
        LocalDate today = today();
        checkDates(item, today);
        Rectification filed = item.toBuilder().createdOn(today).build();
        return patches.write(c -> patches.of(c, List.of(items.insert(c, filed, Instant.now(clock))), Set.of()));
    }

    /** Stores items exactly as given (filing dates included): the demo, which is trusted. */
    List<Rectification> insertAsGiven(List<Rectification> given) {
        return db.write(c -> items.insertAll(c, given, null, Instant.now(clock)));
    }

    /**
     * Saves a changed item (its filing date stays); one moved to the other ledger takes that
     * ledger's next serial (numbers run per ledger), as the patch's item shows.
     */
    public LedgerPatch update(Rectification item) {
        checkDates(item, today());
        return patches.write(c -> {
            Rectification stored = items.find(c, item.id()).orElseThrow(() -> new SQLException("no item " + item.id()));
            Rectification saved = item;
            if (stored.ledger() != item.ledger()) {
                saved = item.toBuilder().serial(items.takeSerial(c, item.ledger())).build();
            }
            items.update(c, saved, Instant.now(clock));
            return LedgerChecks.sameForChecks(stored, saved) ? patches.unchecked(c, saved)
                    : patches.of(c, List.of(saved), Set.of(stored.unitId()));
        });
    }

    /**
     * Sets the status of several items at once, whole or not at all: an item that cannot take
     * it (长期坚持 on a dated item, 销号 without a verifier) refuses the lot, naming its serial.
     *
     * @param on         the completion or verification date for 已完成 / 已销号
     * @param verifiedBy who verified, for 已销号
     */
    public LedgerPatch setStatus(Collection<Long> ids, RectificationStatus status, LocalDate on, String verifiedBy) {
        LocalDate today = today();
        return patches.write(c -> {
            Instant now = Instant.now(clock);
            List<Rectification> saved = new ArrayList<>();
            for (long id : new LinkedHashSet<>(ids)) {
                Rectification current = items.find(c, id).orElseThrow(() -> new SQLException("no item " + id));
                Rectification.Builder b = current.toBuilder();
                if (status.completed() && !current.status().completed()) {
                    b.completedOn(on);
                }
                b.status(status, on);
                if (status == RectificationStatus.CLOSED) {
                    b.verifiedOn(on).verifiedBy(verifiedBy);
                }
                Rectification changed;
                try {
                    changed = b.build();
                    checkDates(changed, today);
                } catch (ValidationException e) {
                    throw e.about("subject.serial", current.serial());
                }
                items.update(c, changed, now);
                saved.add(changed);
            }
            return patches.of(c, saved, Set.of());
        });
    }

    /**
     * 延期: the item's due date moves to {@code to}, later than the one in force, its first date
     * kept; the reason, who approved it and when ({@code null}: today) are a line of its history.
     */
    public LedgerPatch extend(long itemId, LocalDate to, String reason, String approvedBy, LocalDate approvedOn) {
        return decisions.extend(itemId, to, reason, approvedBy, approvedOn);
    }

    /**
     * 退回: a completion (已完成 or 已销号) the group does not accept goes back to 整改中, its
     * completion cleared; the reason, dated {@code on} ({@code null}: today), is a line of its history.
     */
    public LedgerPatch sendBack(long itemId, String reason, LocalDate on) {
        return decisions.sendBack(itemId, reason, on);
    }

    public LedgerPatch remove(Collection<Long> ids) {
        return patches.write(c -> {
            Set<Long> units = new java.util.HashSet<>();
            Set<Long> removed = new java.util.HashSet<>();
            for (long id : ids) {
                items.find(c, id).ifPresent(r -> {
                    units.add(r.unitId());
                    removed.add(id);
                });
            }
            items.delete(c, ids);
            return patches.removed(c, removed, units);
        });
    }

    /** Completion and verification cannot lie in the future. */
    private static void checkDates(Rectification r, LocalDate today) {
        if (r.completedOn() != null && r.completedOn().isAfter(today)) {
            throw new ValidationException("rectification.completedOn", "validation.notInFuture");
        }
        if (r.verifiedOn() != null && r.verifiedOn().isAfter(today)) {
            throw new ValidationException("rectification.verifiedOn", "validation.notInFuture");
        }
    }

    public List<ProgressNote> progress(long itemId) {
        return db.read(c -> progress.forItem(c, itemId));
    }

    /** The work-log finding or review point the item was filed from, if the group raised it itself. */
    public Optional<ItemOrigin> origin(long itemId) {
        return db.read(c -> origins.find(c, itemId));
    }

    /** Adds a dated note to the item's history; a note dated in the future is refused. */
    public LedgerPatch addProgress(long itemId, LocalDate on, String text) {
        DateRange.check("progress.on", on);
        if (on.isAfter(today())) {
            throw new ValidationException("progress.on", "validation.notInFuture");
        }
        ProgressNote note = new ProgressNote(0, itemId, on, text);
        return patches.write(c -> {
            progress.insert(c, note, Instant.now(clock));
            return patches.ofItem(c, itemId);
        });
    }

    /**
     * Removes a progress note; the patch holds its item with its newest note now. A 延期 or 退回
     * stays (it changed the item: undo takes it back with that change).
     */
    public LedgerPatch removeProgress(long noteId) {
        return patches.write(c -> {
            java.util.Optional<ProgressNote> note = progress.find(c, noteId);
            if (note.isEmpty()) {
                return patches.none();
            }
            if (note.get().decision() != null) {
                throw new ValidationException("progress.text", "validation.decisionStays");
            }
            progress.delete(c, noteId);
            return patches.ofItem(c, note.get().itemId());
        });
    }

    public LedgerPatch dismiss(long itemId, LedgerWarning.Kind kind) {
        return patches.write(c -> {
            lists.dismiss(c, itemId, kind.name());
            return patches.ofItem(c, itemId);
        });
    }

    /** Shows the item's dismissed warnings again. */
    public LedgerPatch undismiss(long itemId) {
        return patches.write(c -> {
            lists.undismissAll(c, itemId);
            return patches.ofItem(c, itemId);
        });
    }

    public List<String> categories(Ledger ledger) {
        return db.read(c -> categories(c, ledger));
    }

    static List<String> categories(Connection c, Ledger ledger) throws SQLException {
        List<String> stored = new LedgerListsRepository().categories(c, ledger);
        return stored.isEmpty() ? ledger.defaultCategories() : stored;
    }

    /** Replaces the ledger's categories; names are trimmed, repeats dropped, at least one kept. */
    public void saveCategories(Ledger ledger, List<String> names) {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String n : names) {
            String name = Text.optional("ledger.category", n);
            if (!name.isEmpty()) {
                kept.add(name);
            }
        }
        if (kept.isEmpty()) {
            throw new ValidationException("ledger.category", "validation.atLeastOneCategory");
        }
        db.write(c -> {
            lists.saveCategories(c, ledger, new ArrayList<>(kept));
            return null;
        });
    }

    /**
     * Renames a category in its place and moves its items to the new name, in one transaction,
     * so the lists and the items never disagree.
     */
    public void renameCategory(Ledger ledger, String oldName, String newName) {
        String kept = Text.optional("ledger.category", newName);
        if (kept.isEmpty()) {
            throw new ValidationException("ledger.category", "validation.required");
        }
        db.write(c -> {
            List<String> list = new ArrayList<>(categories(c, ledger));
            int index = list.indexOf(oldName);
            if (index < 0) {
                throw new ValidationException("ledger.category", "settings.ledger.categoryGone", oldName);
            }
            if (!kept.equals(oldName) && list.contains(kept)) {
                throw new ValidationException("ledger.category", "settings.ledger.duplicateCategory", kept);
            }
            list.set(index, kept);
            lists.saveCategories(c, ledger, list);
            items.renameCategory(c, ledger, oldName, kept, Instant.now(clock));
            return null;
        });
    }

    /** The campaign's 三个节点, earliest first. */
    public List<LocalDate> milestones() {
        return db.read(LedgerService::milestones);
    }

    static List<LocalDate> milestones(Connection c) throws SQLException {
        String text = new SettingRepository().find(c, MILESTONES).orElse("");
        List<LocalDate> dates = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                dates.add(LocalDate.parse(part.strip()));
            }
        }
        return dates;
    }

    public void setMilestones(List<LocalDate> dates) {
        if (dates.size() > MAX_MILESTONES) {
            throw new ValidationException("ledger.milestones", "validation.tooManyMilestones", MAX_MILESTONES);
        }
        dates.forEach(d -> DateRange.check("ledger.milestones", d));
        String text = String.join(",", dates.stream().distinct().sorted().map(LocalDate::toString).toList());
        db.write(c -> {
            settings.save(c, MILESTONES, text);
            return null;
        });
    }

    public void saveFilter(String name, LedgerFilter filter) {
        String kept = Text.requiredName("ledger.filterName", name);
        db.write(c -> {
            lists.saveFilter(c, kept, filter.encode());
            return null;
        });
    }

    public void deleteFilter(String name) {
        db.write(c -> {
            lists.deleteFilter(c, name);
            return null;
        });
    }

    public List<LedgerImport> imports() {
        return db.read(lists::imports);
    }
}
