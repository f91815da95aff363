package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.ArchivedSheet;
import org.guidancedesk.domain.DynamicDraft;
import org.guidancedesk.domain.DynamicIssue;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.domain.Text;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.Week;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.DynamicRepository;
import org.guidancedesk.store.GroupRepository;
import org.guidancedesk.store.SheetArchiveRepository;

/**
 * The 工作动态 of each week: the secretary's rewording kept per week and part, its 期号 given
 * once when it is first exported or printed (never reused, never given to a second week), and
 * the weekly reporting deadline it answers.
 */
public final class DynamicService {
    /** The longest a part may be, rewritten: several pages of text. */
    public static final int MAX_PART = 20_000;
    /** A deadline is the 工作动态's own when its title names it. */
    private static final List<String> DEADLINE_WORDS = List.of("工作动态", "简报");

    private final Database db;
    private final Clock clock;
    private final DynamicRepository dynamic = new DynamicRepository();
    private final SheetArchiveRepository archive = new SheetArchiveRepository();
    private final GroupRepository groups = new GroupRepository();

    DynamicService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public DynamicDraft draft(Week week) {
        return db.read(c -> dynamic.draft(c, week));
    }

    /**
     * Keeps a part as the secretary rewrote it (one paragraph a line); blank gives the part back
     * to the program's own text. Returns the week's draft as it now stands.
     *
     * @throws ValidationException naming the part when the text is too long
     */
    public DynamicDraft saveText(Week week, DynamicPart part, String text) {
        String body = Text.optionalText("dynamic.part." + part.name(), text, MAX_PART);
        return db.write(c -> {
            dynamic.saveText(c, week, part, body, clock.instant());
            return dynamic.draft(c, week);
        });
    }

    public DynamicSettings settings() {
        return db.read(dynamic::settings);
    }

    public DynamicSettings saveSettings(DynamicSettings settings) {
        return db.write(c -> {
            dynamic.saveSettings(c, settings);
            return settings;
        });
    }

    /** The 期号 the week carries: its own once issued, else the next one free. */
    public int numberFor(Week week) {
        return db.read(c -> numberFor(c, week));
    }

    /** Every issue given, by number. */
    public List<DynamicIssue> issues() {
        return db.read(dynamic::issues);
    }

    /** What issuing a week's 工作动态 did, and the weekly deadline it may answer (not marked yet). */
    public record Issued(DynamicIssue issue, ArchivedSheet archived, Optional<Occurrence> deadline) {}

    /**
     * Issues the week's 工作动态 as {@code number} (if it has none yet) and keeps the copy sent, in
     * one transaction. A week already issued keeps its number; a number another week has is
     * refused, and nothing is written.
     *
     * @throws ValidationException on field {@code dynamic.issue} when the number is taken or differs
     */
    public Issued issue(Week week, int number, SheetKind kind, String fileName, int pages, byte[] pdf) {
        String sha = WeeklyService.sha256(pdf);
        return db.write(c -> {
            DynamicIssue issue = checkNumber(c, week, number).orElse(null);
            if (issue == null) {
                issue = dynamic.insertIssue(c, number, week, clock.instant());
            }
            ArchivedSheet kept = archive.insert(c, week, ReportKind.DYNAMIC, kind, clock.instant(), fileName, pages, sha, pdf);
            return new Issued(issue, kept, weeklyDeadline(c, week));
        });
    }

    /**
     * Refuses what {@link #issue} would refuse, writing nothing: asked before a file is written,
     * so a taken number never leaves a wrongly numbered file behind.
     *
     * @throws ValidationException on field {@code dynamic.issue}
     */
    public void checkNumber(Week week, int number) {
        db.read(c -> checkNumber(c, week, number));
    }

    /** The week's own issue when it has one (then {@code number} must be its number), else empty. */
    private Optional<DynamicIssue> checkNumber(Connection c, Week week, int number) throws SQLException {
        if (number < 1 || number > DynamicSettings.MAX_ISSUE) {
            throw new ValidationException("dynamic.issue", "validation.issueRange", DynamicSettings.MAX_ISSUE);
        }
        Optional<DynamicIssue> own = dynamic.issueOf(c, week);
        if (own.isPresent()) {
            if (own.get().number() != number) {
                throw new ValidationException("dynamic.issue", "validation.weekIssued", own.get().number());
            }
            return own;
        }
        Optional<DynamicIssue> taken = dynamic.issueNumbered(c, number);
        if (taken.isPresent()) {
            LocalDate monday = taken.get().week().monday();
            int weekNumber = groups.find(c).map(g -> g.campaignWeek(monday)).orElse(0);
            throw new ValidationException("dynamic.issue", "validation.issueUsed", number, weekNumber);
        }
        return Optional.empty();
    }

    /** The demo's past issues, sent before the file kept copies of them. */
    void recordPastIssue(Week week, int number) {
        db.write(c -> dynamic.insertIssue(c, number, week, clock.instant()));
    }

    private int numberFor(Connection c, Week week) throws SQLException {
        Optional<DynamicIssue> own = dynamic.issueOf(c, week);
        if (own.isPresent()) {
            return own.get().number();
        }
        return Math.max(dynamic.lastNumber(c) + 1, dynamic.settings(c).firstIssue());
    }

    /** The 工作动态 deadline falling in the week and not yet marked 已报, if any. */
    private static Optional<Occurrence> weeklyDeadline(Connection c, Week week) throws SQLException {
        return DeadlineService.occurrences(c).stream()
                .filter(o -> o.submission().isEmpty())
                .filter(o -> !o.due().isBefore(week.monday()) && !o.due().isAfter(week.sunday()))
                .filter(o -> DEADLINE_WORDS.stream().anyMatch(w -> o.deadline().title().contains(w)))
                .findFirst();
    }
}
