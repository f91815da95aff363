package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.DeadlineRepository;
import org.guidancedesk.store.GroupRepository;
import org.guidancedesk.store.SettingRepository;

/** 上报材料: deadline rules, their computed occurrences, submissions, and the warning window. */
public final class DeadlineService {
    static final String WARN_DAYS = "trafficLight.warnDays";

    private final Database db;
    private final Clock clock;
    private final DeadlineRepository deadlines = new DeadlineRepository();
    private final GroupRepository groups = new GroupRepository();
    private final SettingRepository settings = new SettingRepository();

    DeadlineService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Deadline> deadlines() {
        return db.read(deadlines::findAll);
    }

    /** Days ahead that count as "due soon" (yellow); 3 unless set. */
    public int warnDays() {
        return db.read(DeadlineService::warnDays);
    }

    static int warnDays(Connection c) throws SQLException {
        return new SettingRepository().find(c, WARN_DAYS).map(Integer::parseInt).orElse(TrafficLight.DEFAULT_WARN_DAYS);
    }

    public void setWarnDays(int days) {
        if (days < 0 || days > 60) {
            throw new ValidationException("settings.warnDays", "validation.warnDays");
        }
        db.write(c -> {
            settings.save(c, WARN_DAYS, Integer.toString(days));
            return null;
        });
    }

    /**
     * Every occurrence of every deadline, by date: the rule's dates, plus any date submitted
     * earlier that an edited rule no longer yields (a submission is never lost).
     */
    public List<Occurrence> occurrences() {
        return db.read(DeadlineService::occurrences);
    }

    static List<Occurrence> occurrences(Connection c) throws SQLException {
        Optional<Group> group = new GroupRepository().find(c);
        if (group.isEmpty()) {
            return List.of();
        }
        DeadlineRepository repo = new DeadlineRepository();
        Map<Long, List<Submission>> submitted = repo.submissions(c).stream()
                .collect(Collectors.groupingBy(Submission::deadlineId));
        List<Occurrence> result = new ArrayList<>();
        for (Deadline d : repo.findAll(c)) {
            result.addAll(occurrencesOf(d, submitted.getOrDefault(d.id(), List.of()), group.get()));
        }
        result.sort(Comparator.comparing(Occurrence::due).thenComparing(o -> o.deadline().title()));
        return result;
    }

    /** One deadline's occurrences by date: the rule's dates and any other date it was submitted for. */
    private static List<Occurrence> occurrencesOf(Deadline d, List<Submission> submissions, Group group) {
        Map<LocalDate, Submission> mine = submissions.stream()
                .collect(Collectors.toMap(Submission::due, Function.identity()));
        TreeSet<LocalDate> dates = new TreeSet<>(d.recurrence().dates(group.end()));
        dates.addAll(mine.keySet());
        List<Occurrence> result = new ArrayList<>();
        for (LocalDate due : dates) {
            result.add(new Occurrence(d, due, Optional.ofNullable(mine.get(due))));
        }
        return result;
    }

    /** The deadline as it now stands in the write's transaction, with its occurrences; nothing else is read. */
    private DeadlineChange changeOf(Connection c, long deadlineId) throws SQLException {
        Optional<Deadline> d = deadlines.find(c, deadlineId);
        Optional<Group> group = groups.find(c);
        if (d.isEmpty() || group.isEmpty()) {
            return new DeadlineChange(deadlineId, d, List.of());
        }
        return new DeadlineChange(deadlineId, d, occurrencesOf(d.get(), deadlines.submissions(c, deadlineId), group.get()));
    }

    /** Adds a deadline and gives it back as saved (with its id); see {@link #save}. */
    public Deadline add(Deadline deadline) {
        return save(deadline.withId(0)).deadline().orElseThrow();
    }

    /** Saves a changed rule; occurrences already submitted stay as they were. */
    public DeadlineChange update(Deadline deadline) {
        if (deadline.id() <= 0) {
            throw new IllegalArgumentException("a deadline to update has an id");
        }
        return save(deadline);
    }

    /**
     * Adds the deadline (id 0) or saves its changed rule (submissions stay as they were); a rule
     * with no date, or too many, is refused on its field.
     */
    public DeadlineChange save(Deadline deadline) {
        return db.write(c -> {
            checkDates(deadline.dueDates(group(c)));
            long id = deadline.id();
            if (id == 0) {
                id = deadlines.insert(c, deadline).id();
            } else {
                deadlines.update(c, deadline);
            }
            return changeOf(c, id);
        });
    }

    /** Every date a rule yields lies within {@link DateRange} (they are sorted: the ends suffice). */
    private static void checkDates(List<LocalDate> dates) {
        if (!dates.isEmpty()) {
            DateRange.check("deadline.due", dates.get(0));
            DateRange.check("deadline.due", dates.get(dates.size() - 1));
        }
    }

    /** Removes the deadline and its submissions; the change has neither the deadline nor occurrences. */
    public DeadlineChange remove(long deadlineId) {
        return db.write(c -> {
            deadlines.delete(c, deadlineId);
            return changeOf(c, deadlineId);
        });
    }

    /** One click: the occurrence is submitted today. */
    public DeadlineChange markSubmitted(long deadlineId, LocalDate due, String sent) {
        return saveSubmission(new Submission(deadlineId, due, today(), sent));
    }

    /** Records a submission (its date may not be in the future). */
    public DeadlineChange saveSubmission(Submission submission) {
        submission.checkAgainst(today());
        return db.write(c -> {
            deadlines.saveSubmission(c, submission, clock.instant());
            return changeOf(c, submission.deadlineId());
        });
    }

    /** Undoes a submission: the occurrence is 待报 (or 逾期) again, or gone if the rule no longer yields it. */
    public DeadlineChange undoSubmission(long deadlineId, LocalDate due) {
        return db.write(c -> {
            deadlines.deleteSubmission(c, deadlineId, due);
            return changeOf(c, deadlineId);
        });
    }

    private Group group(Connection c) throws SQLException {
        return groups.find(c).orElseThrow(() -> new IllegalStateException("no group in the file"));
    }
}
