package org.guidancedesk.service;

import java.nio.file.Path;
import java.time.Clock;
import org.guidancedesk.store.Backups;
import org.guidancedesk.store.Database;

/**
 * One open database file and the services on it. Built once per open file; closing it
 * closes the file.
 */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final GroupService groups;
    private final UnitService units;
    private final CatalogService catalog;
    private final ChecklistService checklist;
    private final WeeklyService weekly;
    private final DynamicService dynamic;
    private final DeadlineService deadlines;
    private final AgendaService agenda;
    private final LedgerService ledger;
    private final HistoryService history;
    private final LedgerImportService ledgerImport;
    private final LedgerExportService ledgerExport;
    private final WorkLogService workLog;
    private final WorkLogExportService workLogExport;
    private final ReviewService reviews;
    private final CatalogFileService catalogFiles;

    private final Backups backups;
    private final Clock clock;
    private final WritingLanguage language = new WritingLanguage();

    private Workspace(Database database, Clock clock, Backups backups) {
        this.database = database.clockedBy(clock);
        this.backups = backups;
        this.clock = clock;
        this.groups = new GroupService(database, language);
        this.units = new UnitService(database, language);
        this.catalog = new CatalogService(database);
        this.checklist = new ChecklistService(database, clock);
        this.weekly = new WeeklyService(database, clock);
        this.dynamic = new DynamicService(database, clock);
        this.deadlines = new DeadlineService(database, clock);
        this.agenda = new AgendaService(database, clock);
        this.ledger = new LedgerService(database, clock);
        this.history = new HistoryService(database);
        this.ledgerImport = new LedgerImportService(database, clock, backups);
        this.ledgerExport = new LedgerExportService(database, clock);
        this.workLog = new WorkLogService(database, clock);
        this.workLogExport = new WorkLogExportService(database, clock);
        this.reviews = new ReviewService(database, clock);
        this.catalogFiles = new CatalogFileService(database, clock, backups, language);
    }

    /**
     * Opens (or creates) the file without backups (tests, and files handled by other means);
     * see {@link Database#open(Path)} for what is refused.
     */
    public static Workspace open(Path file, Clock clock) {
        return new Workspace(Database.open(file), clock, null);
    }

    /**
     * Opens (or creates) the file with verified backups in {@code backupsRoot}: at the first open
     * of a day, before a migration and before an import.
     */
    public static Workspace open(Path file, Clock clock, Path backupsRoot) {
        Backups backups = Backups.of(backupsRoot, file, clock);
        return new Workspace(Database.open(file, backups), clock, backups);
    }

    /** Opens an existing file for reading only: every edit is refused with {@code READ_ONLY}. */
    public static Workspace openReadOnly(Path file, Clock clock) {
        return new Workspace(Database.openReadOnly(file), clock, null);
    }

    /**
     * Opens an existing file to read it, beside the window or command that may be writing it
     * (no lock; every edit refused). A file that needs a migration is opened for writing, with
     * a backup in {@code backupsRoot} first (none where the root is null: no data folder could
     * be made); see {@link Database#openForReading}.
     */
    public static Workspace openForReading(Path file, Clock clock, Path backupsRoot) {
        Backups backups = backupsRoot == null ? null : Backups.of(backupsRoot, file, clock);
        return new Workspace(Database.openForReading(file, backups), clock, backups);
    }

    /**
     * The language of the words the services write into the file themselves (a 不适用 cell's note
     * from a rule by kind of unit): the window's or the command's, set when it opens the file or
     * changes language; Chinese until then.
     */
    public void writeIn(org.guidancedesk.i18n.I18n i18n) {
        language.set(i18n);
    }

    /** The file's backups, if it was opened with them. */
    public java.util.Optional<Backups> backups() {
        return java.util.Optional.ofNullable(backups);
    }

    public Path file() { return database.file(); }

    /** The open file itself, for writers of this package that fill it in a few large transactions (the large demo). */
    Database database() { return database; }

    /** The clock the services were given. */
    Clock clock() { return clock; }

    /** Whether the file could only be opened for reading: every edit is refused. */
    public boolean readOnly() { return database.readOnly(); }

    public GroupService groups() { return groups; }

    public UnitService units() { return units; }

    public CatalogService catalog() { return catalog; }

    /** The catalogue as a workbook: export, and import with its plan. */
    public CatalogFileService catalogFiles() { return catalogFiles; }

    public ChecklistService checklist() { return checklist; }

    public WeeklyService weekly() { return weekly; }

    public DynamicService dynamic() { return dynamic; }

    public DeadlineService deadlines() { return deadlines; }

    public AgendaService agenda() { return agenda; }

    public LedgerService ledger() { return ledger; }

    public WorkLogService workLog() { return workLog; }

    public WorkLogExportService workLogExport() { return workLogExport; }

    public ReviewService reviews() { return reviews; }

    public HistoryService history() { return history; }

    public LedgerImportService ledgerImport() { return ledgerImport; }

    public LedgerExportService ledgerExport() { return ledgerExport; }

    @Override
    public void close() {
        database.close();
    }
}
