package org.guidancedesk.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CatalogEntries;
import org.guidancedesk.domain.CatalogPlan;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.store.ActionRepository;
import org.guidancedesk.store.Backups;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.DeadlineRepository;
import org.guidancedesk.store.GroupRepository;
import org.guidancedesk.store.LedgerListsRepository;
import org.guidancedesk.store.PhaseRepository;
import org.guidancedesk.tabular.XlsxWriter;

/**
 * A catalogue passed from group to group as a workbook (issue 17, item 5): the phases and areas,
 * the required actions and work items, the ledgers' categories and the reporting deadlines, and
 * the campaign's 三个节点, review kinds and rules by kind of unit, one tab each ({@link
 * CatalogSheets}). Export writes the group's; import reads a file ({@link
 * CatalogReader}: nothing is taken from a file with problems), plans it against the group
 * ({@link CatalogPlan}: adds, changes, leaves) and writes the plan in one transaction after a
 * backup. An import never deletes: what the file does not list stays as it is, and so do the
 * records, attendance and history of every action.
 */
public final class CatalogFileService {
    private final Database db;
    private final Clock clock;
    private final Backups backups;
    private final PhaseRepository phases = new PhaseRepository();
    private final ActionRepository actions = new ActionRepository();
    private final LedgerListsRepository lists = new LedgerListsRepository();
    private final DeadlineRepository deadlines = new DeadlineRepository();
    private final CatalogCampaign campaign;

    /** What an export wrote: how many rows of each tab. */
    public record Written(int phases, int actions, int items, int categories, int deadlines, int nodes, int reviewKinds,
                          int kindRules) {}

    /** @param backups where a backup is made before each import, or {@code null} for none */
    CatalogFileService(Database db, Clock clock, Backups backups, WritingLanguage language) {
        this.db = db;
        this.campaign = new CatalogCampaign(language);
        this.clock = clock;
        this.backups = backups;
    }

    /** Today by the workspace's clock (the export's date). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Writes the group's catalogue to an .xlsx, whole or not at all. */
    public Written export(Path out, I18n i18n) {
        CatalogEntries c = db.read(this::current);
        String group = db.read(new GroupRepository()::find).map(Group::name).orElse("");
        List<List<Object>> phaseRows = new ArrayList<>();
        c.phases().forEach(p -> phaseRows.add(List.of(CatalogSheets.SCOPE_WORDS.get(p.scope()), p.name(), p.code())));
        List<List<Object>> actionRows = new ArrayList<>();
        List<List<Object>> itemRows = new ArrayList<>();
        Map<Long, String> ownerNames = new java.util.HashMap<>();
        db.read(new org.guidancedesk.store.MemberRepository()::findAll).forEach(m -> ownerNames.put(m.id(), m.name()));
        for (RequiredAction a : c.actions()) {
            if (a.scope() == ActionScope.UNIT) {
                actionRows.add(row(a.phase().name(), a.title(), a.mustAttend() ? CatalogSheets.MUST_ATTEND : "", a.dueFrom(),
                        a.dueTo()));
            } else {
                itemRows.add(row(a.phase().name(), a.title(), a.dueFrom(), a.dueTo(), ownerNames.getOrDefault(a.ownerId(), ""),
                        RepeatWords.of(a.repeat())));
            }
        }
        List<List<Object>> categoryRows = new ArrayList<>();
        c.categories().forEach((l, names) -> names.forEach(n -> categoryRows.add(List.of(CatalogSheets.LEDGER_WORDS.get(l), n))));
        List<List<Object>> deadlineRows = new ArrayList<>();
        c.deadlines().forEach(d -> deadlineRows.add(deadlineRow(d)));
        LocalDate today = LocalDate.now(clock);
        String title = (group + " " + i18n.tr("catalogio.title")).strip();
        List<TableExport.Tab> tabs = List.of(
                tab(CatalogSheets.PHASES, title, i18n, today, phaseRows, 14, 24, 16),
                tab(CatalogSheets.ACTIONS, title, i18n, today, actionRows, 14, 44, 12, 14, 14),
                tab(CatalogSheets.ITEMS, title, i18n, today, itemRows, 14, 44, 14, 14, 10, 10),
                tab(CatalogSheets.CATEGORIES, title, i18n, today, categoryRows, 14, 60),
                tab(CatalogSheets.DEADLINES, title, i18n, today, deadlineRows, 30, 8, 14, 14, 14, 8, 24, 30),
                tab(CatalogSheets.NODES, title, i18n, today, campaign.nodeRows(c), 14, 16),
                tab(CatalogSheets.REVIEWS, title, i18n, today, campaign.reviewRows(c), 24, 60),
                tab(CatalogSheets.UNIT_KINDS, title, i18n, today, campaign.ruleRows(c), 12, 10, 44));
        TableExport.writeWorkbook(out, tabs);
        return new Written(phaseRows.size(), actionRows.size(), itemRows.size(), categoryRows.size(), deadlineRows.size(),
                c.nodes().size(), c.reviewKinds().size(), c.kindRules().size());
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v == null ? "" : v);
        }
        return row;
    }

    private static List<Object> deadlineRow(Deadline d) {
        String time = d.dueTime() == null ? "" : d.dueTime().toString();
        if (d.recurrence() instanceof Recurrence.Weekly w) {
            return row(d.title(), CatalogSheets.WEEKLY, CatalogSheets.weekday(w.day()), w.from(), w.until(), time,
                    d.recipient(), d.note());
        }
        if (d.recurrence() instanceof Recurrence.Monthly m) {
            return row(d.title(), CatalogSheets.MONTHLY, String.valueOf(m.dayOfMonth()), m.from(), m.until(), time,
                    d.recipient(), d.note());
        }
        return row(d.title(), CatalogSheets.ONCE, ((Recurrence.Once) d.recurrence()).due(), "", "", time, d.recipient(),
                d.note());
    }

    private static TableExport.Tab tab(String name, String title, I18n i18n, LocalDate today, List<List<Object>> rows,
                                       double... widths) {
        List<String> headers = new ArrayList<>(CatalogSheets.COLUMNS.get(name));
        headers.addAll(CatalogSheets.OPTIONAL_COLUMNS.getOrDefault(name, List.of()));
        List<XlsxWriter.Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new XlsxWriter.Column(headers.get(i), widths[i]));
        }
        return new TableExport.Tab(new XlsxWriter.Sheet(name, title + " · " + name,
                TableExport.subtitle(i18n, today, "catalogio.count", rows.size()), columns), rows);
    }

    /** Reads a catalogue file: its entries, or every problem by tab, row and column. */
    public CatalogRead read(Path file) {
        LocalDate start = db.read(new GroupRepository()::find).map(Group::start).orElse(LocalDate.now(clock));
        Map<String, Long> members = new java.util.HashMap<>();
        db.read(new org.guidancedesk.store.MemberRepository()::findAll).forEach(m -> members.putIfAbsent(m.name(), m.id()));
        CatalogReader.Read r = new CatalogReader(start, members).read(file);
        return new CatalogRead(r.fileName(), r.entries(), r.problems());
    }

    /** What importing the file would do to the group now (nothing is written). */
    public CatalogPlan plan(CatalogRead file) {
        requireClean(file);
        return CatalogPlan.of(file.entries(), db.read(this::current));
    }

    /**
     * Imports the file: a backup first, then, in one transaction (one undo), the plan as it
     * stands at that moment — phases and areas added after the others of their scope, actions
     * and work items added after those of their phase or changed field by field, categories
     * added to their ledger's list, deadlines added (the secretary responsible) or changed (the
     * submissions made stay), and the campaign's nodes, review kinds and rules by kind of unit
     * ({@link CatalogCampaign}). Returns the plan it wrote.
     */
    public CatalogPlan commit(CatalogRead file) {
        requireClean(file);
        if (backups != null) {
            backups.create(db.file(), Backups.Reason.IMPORT);
        }
        return db.write(c -> {
            CatalogEntries current = current(c);
            CatalogPlan plan = CatalogPlan.of(file.entries(), current);
            write(c, file.entries(), current);
            campaign.write(c, file.entries(), current, db.now());
            return plan;
        });
    }

    private static void requireClean(CatalogRead file) {
        if (!file.problems().isEmpty()) {
            throw new IllegalArgumentException(file.problems().size() + " problems in " + file.fileName());
        }
    }

    private void write(Connection c, CatalogEntries file, CatalogEntries current) throws SQLException {
        for (Phase p : file.phases()) {
            if (CatalogPlan.phase(current, p.scope(), p.name()).isEmpty()) {
                phases.insert(c, new Phase(0, p.scope(), p.code(), p.name(), 0));
            }
        }
        List<Phase> stored = phases.findAll(c);
        for (RequiredAction a : file.actions()) {
            Phase phase = stored.stream().filter(p -> p.scope() == a.scope() && p.name().equals(a.phase().name()))
                    .findFirst().orElseThrow();
            Optional<RequiredAction> same = CatalogPlan.action(current, a.scope(), a.title());
            if (same.isEmpty()) {
                actions.insert(c, new RequiredAction(0, a.title(), phase, a.mustAttend(), a.dueFrom(), a.dueTo(), a.scope(), 0,
                        a.ownerId(), a.repeat()));
            } else {
                // Who looks after an existing item is the group's own choice; a repeat rule the file
                // does not give (an older workbook) stays too.
                RequiredAction was = same.get();
                RequiredAction now = new RequiredAction(was.id(), was.title(), phase, a.mustAttend(), a.dueFrom(), a.dueTo(),
                        was.scope(), was.sortOrder(), was.ownerId(),
                        a.repeat() != null ? a.repeat() : was.repeat());
                if (!now.equals(was)) {
                    actions.update(c, now);
                }
            }
        }
        for (Ledger l : Ledger.values()) {
            List<String> list = new ArrayList<>(current.categories().get(l));
            file.categories().get(l).stream().filter(n -> !list.contains(n)).forEach(list::add);
            if (!list.equals(current.categories().get(l))) {
                lists.saveCategories(c, l, list);
            }
        }
        Long secretary = new GroupRepository().find(c).map(Group::secretaryId).orElse(null);
        for (Deadline d : file.deadlines()) {
            Optional<Deadline> same = current.deadlines().stream().filter(x -> x.title().equals(d.title())).findFirst();
            if (same.isEmpty()) {
                deadlines.insert(c, new Deadline(0, d.title(), d.dueTime(), d.recipient(), secretary, d.recurrence(), d.note()));
            } else {
                Deadline was = same.get();
                Deadline now = new Deadline(was.id(), was.title(), d.dueTime(), d.recipient(), was.responsibleId(),
                        d.recurrence(), d.note());
                if (!now.equals(was)) {
                    deadlines.update(c, now);
                }
            }
        }
    }

    /** The group's catalogue as the file holds it now. */
    private CatalogEntries current(Connection c) throws SQLException {
        Map<Ledger, List<String>> categories = new EnumMap<>(Ledger.class);
        for (Ledger l : Ledger.values()) {
            categories.put(l, LedgerService.categories(c, l));
        }
        return campaign.withCampaign(c, new CatalogEntries(phases.findAll(c), actions.findAll(c).stream()
                .sorted(java.util.Comparator.comparing(RequiredAction::scope)).toList(),
                categories, deadlines.findAll(c)));
    }
}
