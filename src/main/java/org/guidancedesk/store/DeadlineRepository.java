package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.Submission;

/** Reporting deadlines and the occurrences marked submitted. */
public final class DeadlineRepository {
    private static final String COLUMNS =
            "id, title, due_time, recipient, responsible_id, kind, due_date, weekday, month_day, starts, until, note";

    public List<Deadline> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM deadline ORDER BY sort_order, id", DeadlineRepository::map);
    }

    /** The deadline, or empty when there is none of that id (it was removed). */
    public java.util.Optional<Deadline> find(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM deadline WHERE id = ?", DeadlineRepository::map, id);
    }

    public Deadline insert(Connection c, Deadline d) throws SQLException {
        int order = (int) Sql.count(c, "SELECT ifnull(max(sort_order), 0) + 1 FROM deadline");
        List<Object> values = values(d);
        values.add(order);
        long id = Sql.insert(c, "INSERT INTO deadline (title, due_time, recipient, responsible_id, kind, due_date, "
                + "weekday, month_day, starts, until, note, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values.toArray());
        return d.withId(id);
    }

    /** Saves the rule; submissions already made stay as they were. */
    public void update(Connection c, Deadline d) throws SQLException {
        List<Object> values = values(d);
        values.add(d.id());
        Sql.update(c, "UPDATE deadline SET title = ?, due_time = ?, recipient = ?, responsible_id = ?, kind = ?, "
                + "due_date = ?, weekday = ?, month_day = ?, starts = ?, until = ?, note = ? WHERE id = ?",
                values.toArray());
    }

    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM deadline WHERE id = ?", id);
    }

    public List<Submission> submissions(Connection c) throws SQLException {
        return Sql.query(c, "SELECT deadline_id, due_date, submitted_on, sent FROM submission ORDER BY due_date",
                DeadlineRepository::submission);
    }

    /** The submissions of one deadline, by due date. */
    public List<Submission> submissions(Connection c, long deadlineId) throws SQLException {
        return Sql.query(c, "SELECT deadline_id, due_date, submitted_on, sent FROM submission WHERE deadline_id = ? "
                + "ORDER BY due_date", DeadlineRepository::submission, deadlineId);
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getLong(1), Sql.date(rs, "due_date"), Sql.date(rs, "submitted_on"), rs.getString("sent"));
    }

    public void saveSubmission(Connection c, Submission s, Instant now) throws SQLException {
        Sql.update(c, """
                INSERT INTO submission (deadline_id, due_date, submitted_on, sent, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (deadline_id, due_date) DO UPDATE SET submitted_on = excluded.submitted_on,
                  sent = excluded.sent, updated_at = excluded.updated_at""",
                s.deadlineId(), s.due(), s.submittedOn(), s.sent(), now.toString());
    }

    public void deleteSubmission(Connection c, long deadlineId, java.time.LocalDate due) throws SQLException {
        Sql.update(c, "DELETE FROM submission WHERE deadline_id = ? AND due_date = ?", deadlineId, due);
    }

    private static List<Object> values(Deadline d) {
        List<Object> v = new ArrayList<>();
        v.add(d.title());
        v.add(d.dueTime() == null ? null : d.dueTime().toString());
        v.add(d.recipient());
        v.add(d.responsibleId());
        Recurrence r = d.recurrence();
        if (r instanceof Recurrence.Once once) {
            v.addAll(java.util.Arrays.asList("ONCE", once.due(), null, null, null, null));
        } else if (r instanceof Recurrence.Weekly w) {
            v.addAll(java.util.Arrays.asList("WEEKLY", null, w.day().getValue(), null, w.from(), w.until()));
        } else if (r instanceof Recurrence.Monthly m) {
            v.addAll(java.util.Arrays.asList("MONTHLY", null, null, m.dayOfMonth(), m.from(), m.until()));
        }
        v.add(d.note());
        return v;
    }

    private static Deadline map(ResultSet rs) throws SQLException {
        String time = rs.getString("due_time");
        Recurrence r = switch (rs.getString("kind")) {
            case "ONCE" -> new Recurrence.Once(Sql.date(rs, "due_date"));
            case "WEEKLY" -> new Recurrence.Weekly(DayOfWeek.of(rs.getInt("weekday")), Sql.date(rs, "starts"),
                    Sql.date(rs, "until"));
            default -> new Recurrence.Monthly(rs.getInt("month_day"), Sql.date(rs, "starts"), Sql.date(rs, "until"));
        };
        return new Deadline(rs.getLong("id"), rs.getString("title"), time == null ? null : LocalTime.parse(time),
                rs.getString("recipient"), Sql.nullableLong(rs, "responsible_id"), r, rs.getString("note"));
    }
}
