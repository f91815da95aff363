package org.guidancedesk.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.guidancedesk.domain.ArchivedSheet;
import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeekNotes;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.ProgressRepository;
import org.guidancedesk.store.RectificationRepository;
import org.guidancedesk.store.SheetArchiveRepository;
import org.guidancedesk.store.WeekNoteRepository;

/** The weekly sheet's data, the secretary's notes per week, and the archive of sheets sent. */
public final class WeeklyService {
    private final Database db;
    private final Clock clock;
    private final WeekNoteRepository notes = new WeekNoteRepository();
    private final SheetArchiveRepository archive = new SheetArchiveRepository();
    private final RectificationRepository rectifications = new RectificationRepository();
    private final org.guidancedesk.store.WorkLogRepository work = new org.guidancedesk.store.WorkLogRepository();
    private final org.guidancedesk.store.ReviewRepository reviews = new org.guidancedesk.store.ReviewRepository();
    private final ProgressRepository progress = new ProgressRepository();

    WeeklyService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Week currentWeek() {
        return Week.of(today());
    }

    /**
     * Everything the week's sheet shows, in one read (the checklist, the deadlines, both ledgers,
     * the notes, the work log, the reviews), counted up to the week's end or today, whichever is first.
     */
    public WeeklyData data(Week week) {
        LocalDate asOf = WeeklyData.asOf(week, today());
        return db.read(c -> new WeeklyData(ChecklistQuery.read(c), DeadlineService.occurrences(c),
                rectifications.findAll(c), notes.find(c, week).orElse(WeekNotes.empty(week)), week, asOf,
                work.findAll(c), reviews.findAll(c), progress.decisions(c)));
    }

    public WeekNotes notes(Week week) {
        return db.read(c -> notes.find(c, week).orElse(WeekNotes.empty(week)));
    }

    /** Saves the week's free text (checked for length by {@link WeekNotes}). */
    public WeekNotes saveNotes(WeekNotes weekNotes) {
        return db.write(c -> {
            notes.save(c, weekNotes, clock.instant());
            return weekNotes;
        });
    }

    /** Keeps a status sheet that was exported or printed, byte for byte. */
    public ArchivedSheet archive(Week week, SheetKind kind, String fileName, int pages, byte[] pdf) {
        return archive(week, ReportKind.SHEET, kind, fileName, pages, pdf);
    }

    /** Keeps a copy of either report, byte for byte: a reprint is archived as what it reprints. */
    public ArchivedSheet archive(Week week, ReportKind report, SheetKind kind, String fileName, int pages, byte[] pdf) {
        String sha = sha256(pdf);
        return db.write(c -> archive.insert(c, week, report, kind, clock.instant(), fileName, pages, sha, pdf));
    }

    /** The archive, newest first. */
    public List<ArchivedSheet> archived() {
        return db.read(archive::findAll);
    }

    /** The exact PDF of an archived sheet. */
    public byte[] archivedPdf(long id) {
        return db.read(c -> archive.pdf(c, id).orElseThrow(() -> new IllegalArgumentException("no archived sheet " + id)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
