package org.guidancedesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerImport;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.store.Backups;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.LedgerListsRepository;
import org.guidancedesk.store.ProgressRepository;
import org.guidancedesk.store.RectificationRepository;
import org.guidancedesk.store.UnitRepository;
import org.guidancedesk.tabular.Limits;
import org.guidancedesk.tabular.RawRow;
import org.guidancedesk.tabular.RawTable;
import org.guidancedesk.tabular.TableFileException;
import org.guidancedesk.tabular.TableReader;

/**
 * Importing a unit's ledger file (.xlsx or .csv) in three steps: {@link #read} the file and
 * recognise its columns; {@link #preview} the rows with the user's column mapping, finding
 * every problem by row and column; {@link #commit} the lot in one transaction, recorded as an
 * import. Nothing is written unless every chosen row is valid.
 */
public final class LedgerImportService {
    /** The header is looked for in this many rows from the top (a title and a date line come first). */
    private static final int HEADER_SEARCH_ROWS = Limits.ROWS_ABOVE_DATA;

    private final Database db;
    private final Clock clock;
    private final Backups backups;

    /** @param backups where a backup is made before each import, or {@code null} for none */
    LedgerImportService(Database db, Clock clock, Backups backups) {
        this.db = db;
        this.clock = clock;
        this.backups = backups;
    }

    /** Reads the file and proposes which column holds which field. */
    public ImportDraft read(Path file) {
        RawTable table;
        try {
            table = TableReader.read(file);
        } catch (TableFileException e) {
            throw new LedgerFileException(e);
        }
        String sha = sha256(file);
        int headerIndex = headerIndex(table.rows());
        List<String> headers = new ArrayList<>();
        Map<Integer, LedgerColumn> proposed = new HashMap<>();
        List<RawRow> rows = table.rows();
        int headerRow = 0;
        List<String> titleLines = new ArrayList<>();
        if (headerIndex >= 0) {
            for (RawRow above : rows.subList(0, headerIndex)) {
                titleLines.add(NotDataRows.summary(above));
            }
            RawRow header = rows.get(headerIndex);
            headerRow = header.number();
            Set<LedgerColumn> taken = new java.util.HashSet<>();
            for (int c = 0; c < header.cells().size(); c++) {
                String h = header.text(c).strip();
                headers.add(h);
                LedgerColumn field = LedgerColumn.forHeader(h);
                if (field != null && (taken.add(field) || field == LedgerColumn.OWNER)) {
                    proposed.put(c, field);
                }
            }
            rows = rows.subList(headerIndex + 1, rows.size());
        }
        int maxRows = Limits.DEFAULT.maxRows();
        if (rows.size() > maxRows) { // the reader let the rows above the data pass: the header is known only now
            throw new LedgerFileException(new TableFileException(table.fileName(), rows.get(maxRows).number(), -1,
                    "tabular.error.tooManyRows", maxRows));
        }
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        while (headers.size() < width) {
            headers.add("");
        }
        return new ImportDraft(file.getFileName().toString(), sha, headerRow, headers, proposed, rows, titleLines,
                List.of());
    }

    /**
     * The group's unit the file seems to be from: named in a row above the header ("某某县委…台账"),
     * else in the file name; empty when neither names one.
     */
    public Optional<Long> guessUnit(ImportDraft draft) {
        List<String> texts = new ArrayList<>(draft.titleLines());
        String name = draft.fileName();
        int dot = name.lastIndexOf('.');
        texts.add(dot > 0 ? name.substring(0, dot) : name);
        List<Unit> units = db.read(c -> new UnitRepository().findAll(c));
        return UnitGuess.from(texts, units);
    }

    /** The row among the first few that names the most known fields (at least two), or -1. */
    private static int headerIndex(List<RawRow> rows) {
        int best = -1;
        int bestCount = 1;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            int count = 0;
            for (org.guidancedesk.tabular.RawCell c : rows.get(i).cells()) {
                if (LedgerColumn.forHeader(c.text()) != null) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    /** Reads every chosen row with the mapping; lists every problem, or the items ready to import. */
    public ImportPreview preview(ImportDraft draft, Map<Integer, LedgerColumn> mapping, ImportOptions options) {
        LocalDate today = LocalDate.now(clock);
        return db.read(c -> {
            Map<String, Long> unitsByName = new HashMap<>();
            for (Unit u : new UnitRepository().findAll(c)) {
                unitsByName.put(u.name().replaceAll("\\s+", ""), u.id());
            }
            LedgerRowReader reader = new LedgerRowReader(mapping, draft.headers(), unitsByName, options, today);
            List<ImportProblem> problems = new ArrayList<>(reader.mappingProblems());
            List<ImportPreview.Row> rows = new ArrayList<>();
            List<ImportPreview.NotData> notData = new ArrayList<>();
            if (problems.isEmpty()) {
                for (RawRow raw : draft.rows()) {
                    if (options.skipped().contains(raw.number()) || reader.blank(raw)) {
                        continue;
                    }
                    ImportPreview.NotDataKind kind = NotDataRows.kind(raw);
                    if (kind != null) {
                        boolean in = options.included().contains(raw.number());
                        notData.add(new ImportPreview.NotData(raw.number(), kind, NotDataRows.summary(raw), in));
                        if (!in) {
                            continue;
                        }
                    }
                    LedgerRowReader.Result result = reader.read(raw);
                    problems.addAll(result.problems());
                    if (result.row() != null) {
                        rows.add(result.row());
                    }
                }
                if (rows.isEmpty() && problems.isEmpty()) {
                    problems.add(new ImportProblem(0, -1, "", "ledgerio.problem.noRows", List.of()));
                }
            }
            ImportPlanner.Planned planned = new ImportPlanner(draft, mapping, options.choices()).plan(c, rows);
            problems.addAll(planned.problems());
            problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
            Map<Ledger, List<String>> newCategories = newCategories(c, planned.plan());
            Optional<LedgerImport> earlier = !planned.plan().allAsNew() ? Optional.empty()
                    : new LedgerListsRepository().imports(c).stream()
                            .filter(i -> i.sha256().equals(draft.sha256())).findFirst();
            return new ImportPreview(draft, mapping, options, rows, problems, newCategories, earlier, notData,
                    planned.plan());
        });
    }

    /** The categories the items to be written name that their ledger does not have yet. */
    private static Map<Ledger, List<String>> newCategories(java.sql.Connection c, ImportPlan plan)
            throws java.sql.SQLException {
        Map<Ledger, List<String>> added = new EnumMap<>(Ledger.class);
        for (Ledger l : Ledger.values()) {
            Set<String> known = new java.util.HashSet<>(LedgerService.categories(c, l));
            LinkedHashSet<String> names = new LinkedHashSet<>();
            plan.entries().stream().filter(e -> e.outcome() == ImportPlan.Outcome.ADD
                            || e.outcome() == ImportPlan.Outcome.UPDATE)
                    .map(ImportPlan.Entry::item).filter(r -> r.ledger() == l)
                    .map(Rectification::category).filter(cat -> !cat.isEmpty() && !known.contains(cat))
                    .forEach(names::add);
            if (!names.isEmpty()) {
                added.put(l, new ArrayList<>(names));
            }
        }
        return added;
    }

    /**
     * Writes what the preview's plan says, in one transaction after a backup: the new items with
     * their progress notes, the changes to the items rows matched (their new notes added), the
     * new categories, and the import's record; one undo takes it all back. Nothing to write
     * (every row unchanged or left out) writes nothing. Returns the items as saved.
     */
    public ImportResult commit(ImportPreview preview) {
        if (!preview.canImport()) {
            throw new IllegalStateException("an import with problems cannot be committed");
        }
        ImportPlan plan = preview.plan();
        if (plan.writes() == 0) {
            return ImportResult.NOTHING;
        }
        if (backups != null) {
            backups.create(db.file(), Backups.Reason.IMPORT);
        }
        Instant now = Instant.now(clock);
        return db.write(c -> {
            LedgerListsRepository lists = new LedgerListsRepository();
            for (Map.Entry<Ledger, List<String>> e : preview.newCategories().entrySet()) {
                List<String> all = new ArrayList<>(LedgerService.categories(c, e.getKey()));
                all.addAll(e.getValue());
                lists.saveCategories(c, e.getKey(), all);
            }
            List<ImportPlan.Entry> adding = plan.with(ImportPlan.Outcome.ADD);
            List<ImportPlan.Entry> updating = plan.with(ImportPlan.Outcome.UPDATE);
            long importId = lists.recordImport(c, preview.draft().fileName(), preview.draft().sha256(), plan.writes(), now);
            RectificationRepository items = new RectificationRepository();
            List<Rectification> added = items.insertAll(c, adding.stream().map(ImportPlan.Entry::item).toList(),
                    importId, now);
            List<ProgressNote> notes = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) {
                for (ProgressNote n : adding.get(i).newNotes()) {
                    notes.add(n.ofItem(added.get(i).id()));
                }
            }
            List<Rectification> updated = new ArrayList<>();
            for (ImportPlan.Entry e : updating) {
                Rectification stored = items.find(c, e.existing().id()).orElse(null);
                if (!e.existing().equals(stored)) { // changed since the preview: it would be overwritten unseen
                    throw new LedgerFileException("ledgerio.error.changedSince", null,
                            LedgerWords.code(e.existing().ledger(), e.existing().serial()));
                }
                Rectification saved = e.item().ledger() == stored.ledger() ? e.item()
                        : e.item().toBuilder().serial(items.takeSerial(c, e.item().ledger())).build();
                items.update(c, saved, now);
                updated.add(saved);
                for (ProgressNote n : e.newNotes()) {
                    notes.add(n.ofItem(saved.id()));
                }
            }
            new ProgressRepository().insertAll(c, notes, now);
            return new ImportResult(added, updated);
        });
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new LedgerFileException("ledgerio.error.read", e, file.getFileName().toString(), e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
