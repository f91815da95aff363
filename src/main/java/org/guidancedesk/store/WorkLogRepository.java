package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.MeetingKind;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;

/**
 * The work log's entries with everything they hold. An entry is read whole (its units, members,
 * people, places and lines in one query each for all entries) and written whole: a save
 * rewrites only the parts that changed, so the history holds what the user changed.
 */
public final class WorkLogRepository {
    private static final String COLUMNS = "id, kind, status, on_date, at_time, for_group, leader_id, notes, evidence, "
            + "method, topic, participants, participants_who, meeting, meeting_title, action_id, means, reminder_to, "
            + "reminder_about, reply_due, replied_on";

    /** An entry's row before its parts are attached. */
    private record Row(long id, WorkKind kind, WorkStatus status, java.time.LocalDate on, LocalTime at, boolean forGroup,
                       Long leaderId, String notes, String evidence, VisitMethod method, String topic, Integer participants,
                       String participantsWho, MeetingKind meeting, String meetingTitle, Long actionId, String means,
                       String reminderTo, String reminderAbout, java.time.LocalDate replyDue, java.time.LocalDate repliedOn) {}

    /** The parts of all entries read, by entry id. */
    private static final class Parts {
        final Map<Long, Set<Long>> units = new HashMap<>();
        final Map<Long, List<Long>> members = new HashMap<>();
        final Map<Long, List<Interviewee>> people = new HashMap<>();
        final Map<Long, List<VisitedPlace>> places = new HashMap<>();
        final Map<Long, List<WorkFinding>> findings = new HashMap<>();
        final Map<Long, List<String>> highlights = new HashMap<>();
    }

    public List<WorkEntry> findAll(Connection c) throws SQLException {
        return read(c, "", List.of());
    }

    /**
     * The entries the agenda lists, in the order of {@link #findAll}: planned ones, and reminders
     * done whose reply is awaited (due and not yet come).
     */
    public List<WorkEntry> findAwaited(Connection c) throws SQLException {
        return read(c, " WHERE status = 'PLANNED' OR (status = 'DONE' AND kind = 'REMINDER' AND reply_due IS NOT NULL "
                + "AND replied_on IS NULL)", List.of());
    }

    public Optional<WorkEntry> find(Connection c, long id) throws SQLException {
        List<WorkEntry> found = read(c, " WHERE id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<WorkEntry> read(Connection c, String where, List<Object> params) throws SQLException {
        List<Row> rows = Sql.query(c, "SELECT " + COLUMNS + " FROM work_entry" + where + " ORDER BY on_date, at_time, id",
                WorkLogRepository::row, params.toArray());
        String of = where.isEmpty() ? "" : " WHERE entry_id IN (SELECT id FROM work_entry" + where + ")";
        Object[] p = params.toArray();
        Parts parts = new Parts();
        Sql.query(c, "SELECT entry_id, unit_id FROM work_entry_unit" + of, rs -> parts.units
                .computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2)), p);
        Sql.query(c, "SELECT entry_id, member_id FROM work_entry_member" + of + " ORDER BY entry_id, position", rs -> parts.members
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)), p);
        Sql.query(c, "SELECT entry_id, name, unit_id, job, level, count FROM work_person" + of + " ORDER BY entry_id, position",
                rs -> parts.people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Interviewee(rs.getString(2),
                        rs.getLong(3), rs.getString(4), PersonLevel.valueOf(rs.getString(5)), rs.getInt(6))), p);
        Sql.query(c, "SELECT entry_id, name, kind FROM work_place" + of + " ORDER BY entry_id, position", rs -> parts.places
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new VisitedPlace(rs.getString(2), PlaceKind.valueOf(rs.getString(3)))), p);
        Sql.query(c, "SELECT entry_id, kind, id, text, item_id FROM work_line" + of + " ORDER BY entry_id, position", rs -> {
            long entry = rs.getLong(1);
            if (rs.getString(2).equals("FINDING")) {
                parts.findings.computeIfAbsent(entry, k -> new ArrayList<>())
                        .add(new WorkFinding(rs.getLong(3), rs.getString(4), Sql.nullableLong(rs, "item_id")));
            } else {
                parts.highlights.computeIfAbsent(entry, k -> new ArrayList<>()).add(rs.getString(4));
            }
            return null;
        }, p);
        List<WorkEntry> entries = new ArrayList<>(rows.size());
        for (Row r : rows) {
            entries.add(Sql.validated(() -> entry(r, parts), "work_entry " + r.id()));
        }
        return entries;
    }

    private static WorkEntry entry(Row r, Parts parts) {
        return new WorkEntry(r.id(), r.kind(), r.status(), r.on(), r.at(), parts.units.getOrDefault(r.id(), Set.of()),
                r.forGroup(), parts.members.getOrDefault(r.id(), List.of()), r.leaderId(), r.notes(), r.evidence(),
                details(r, parts), parts.findings.getOrDefault(r.id(), List.of()),
                parts.highlights.getOrDefault(r.id(), List.of()));
    }

    private static WorkDetails details(Row r, Parts parts) {
        if (r.kind().talks()) {
            return new WorkDetails.Talk(parts.people.getOrDefault(r.id(), List.of()));
        }
        return switch (r.kind()) {
            case VISIT -> new WorkDetails.Visit(parts.places.getOrDefault(r.id(), List.of()), r.method());
            case FORUM -> new WorkDetails.Forum(r.topic(), r.participants() == null ? 0 : r.participants(), r.participantsWho());
            case SITTING -> new WorkDetails.Sitting(r.meeting(), r.meetingTitle(), r.actionId());
            case REMINDER -> new WorkDetails.Reminder(r.means(), r.reminderTo(), r.reminderAbout(), r.replyDue(), r.repliedOn());
            default -> new WorkDetails.None();
        };
    }

    private static Row row(ResultSet rs) throws SQLException {
        String at = rs.getString("at_time");
        String method = rs.getString("method");
        String meeting = rs.getString("meeting");
        int participants = rs.getInt("participants");
        return new Row(rs.getLong("id"), WorkKind.valueOf(rs.getString("kind")), WorkStatus.valueOf(rs.getString("status")),
                Sql.date(rs, "on_date"), at == null ? null : LocalTime.parse(at), rs.getInt("for_group") == 1,
                Sql.nullableLong(rs, "leader_id"), rs.getString("notes"), rs.getString("evidence"),
                method == null ? null : VisitMethod.valueOf(method), rs.getString("topic"),
                rs.wasNull() ? null : participants, rs.getString("participants_who"),
                meeting == null ? null : MeetingKind.valueOf(meeting), rs.getString("meeting_title"),
                Sql.nullableLong(rs, "action_id"), rs.getString("means"), rs.getString("reminder_to"),
                rs.getString("reminder_about"), Sql.date(rs, "reply_due"), Sql.date(rs, "replied_on"));
    }

    /** Saves a new entry (its id 0) and returns it as stored, with its ids. */
    public WorkEntry insert(Connection c, WorkEntry e, Instant now) throws SQLException {
        List<Object> values = new ArrayList<>(columnValues(e));
        values.add(now.toString());
        long id = Sql.insert(c, "INSERT INTO work_entry (kind, status, on_date, at_time, for_group, leader_id, notes, "
                + "evidence, method, topic, participants, participants_who, meeting, meeting_title, action_id, means, "
                + "reminder_to, reminder_about, reply_due, replied_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?)", values.toArray());
        writeParts(c, id, e, null);
        return find(c, id).orElseThrow();
    }

    /** Saves an existing entry; only the parts that differ from what is stored are rewritten. */
    public WorkEntry update(Connection c, WorkEntry e, Instant now) throws SQLException {
        WorkEntry stored = find(c, e.id()).orElseThrow(() -> new SQLException("work entry " + e.id() + " no longer exists"));
        if (!columnValues(stored).equals(columnValues(e))) {
            List<Object> values = new ArrayList<>(columnValues(e));
            values.add(now.toString());
            values.add(e.id());
            Sql.update(c, "UPDATE work_entry SET kind = ?, status = ?, on_date = ?, at_time = ?, for_group = ?, "
                    + "leader_id = ?, notes = ?, evidence = ?, method = ?, topic = ?, participants = ?, participants_who = ?, "
                    + "meeting = ?, meeting_title = ?, action_id = ?, means = ?, reminder_to = ?, reminder_about = ?, "
                    + "reply_due = ?, replied_on = ?, updated_at = ? WHERE id = ?", values.toArray());
        }
        writeParts(c, e.id(), e, stored);
        return find(c, e.id()).orElseThrow();
    }

    public void delete(Connection c, Collection<Long> ids) throws SQLException {
        for (long id : ids) {
            Sql.update(c, "DELETE FROM work_entry WHERE id = ?", id);
        }
    }

    /** Links a finding to the ledger item made from it (once: an item comes from one finding). */
    public void linkFinding(Connection c, long findingId, long itemId) throws SQLException {
        if (Sql.update(c, "UPDATE work_line SET item_id = ? WHERE id = ? AND kind = 'FINDING' AND item_id IS NULL",
                itemId, findingId) != 1) {
            throw new SQLException("finding " + findingId + " is gone or already turned into an item");
        }
    }

    /** The entry a ledger item was made from, if any. */
    public Optional<Long> entryOfItem(Connection c, long itemId) throws SQLException {
        return Sql.queryOne(c, "SELECT entry_id FROM work_line WHERE item_id = ?", rs -> rs.getLong(1), itemId);
    }

    private static List<Object> columnValues(WorkEntry e) {
        WorkDetails d = e.details();
        WorkDetails.Forum forum = d instanceof WorkDetails.Forum f ? f : null;
        WorkDetails.Sitting sitting = d instanceof WorkDetails.Sitting s ? s : null;
        WorkDetails.Reminder reminder = d instanceof WorkDetails.Reminder r ? r : null;
        List<Object> v = new ArrayList<>();
        v.add(e.kind().name());
        v.add(e.status().name());
        v.add(e.on().toString());
        v.add(e.at() == null ? null : e.at().toString());
        v.add(e.forGroup() ? 1 : 0);
        v.add(e.leaderId());
        v.add(e.notes());
        v.add(e.evidence());
        v.add(e.method() == null ? null : e.method().name());
        v.add(forum == null ? "" : forum.topic());
        v.add(forum == null ? null : forum.participants());
        v.add(forum == null ? "" : forum.who());
        v.add(sitting == null ? null : sitting.meeting().name());
        v.add(sitting == null ? "" : sitting.title());
        v.add(sitting == null ? null : sitting.actionId());
        v.add(reminder == null ? "" : reminder.means());
        v.add(reminder == null ? "" : reminder.to());
        v.add(reminder == null ? "" : reminder.about());
        v.add(reminder == null || reminder.replyDue() == null ? null : reminder.replyDue().toString());
        v.add(reminder == null || reminder.repliedOn() == null ? null : reminder.repliedOn().toString());
        return v;
    }

    private static void writeParts(Connection c, long id, WorkEntry e, WorkEntry stored) throws SQLException {
        if (stored == null || !stored.unitIds().equals(e.unitIds())) {
            Sql.update(c, "DELETE FROM work_entry_unit WHERE entry_id = ?", id);
            for (long unit : e.unitIds()) {
                Sql.update(c, "INSERT INTO work_entry_unit (entry_id, unit_id) VALUES (?, ?)", id, unit);
            }
        }
        if (stored == null || !stored.memberIds().equals(e.memberIds())) {
            Sql.update(c, "DELETE FROM work_entry_member WHERE entry_id = ?", id);
            int position = 0;
            for (long member : e.memberIds()) {
                Sql.update(c, "INSERT INTO work_entry_member (entry_id, member_id, position) VALUES (?, ?, ?)", id, member,
                        position++);
            }
        }
        List<Interviewee> people = e.details() instanceof WorkDetails.Talk t ? t.people() : List.of();
        List<Interviewee> storedPeople = stored != null && stored.details() instanceof WorkDetails.Talk t ? t.people() : List.of();
        if (stored == null || !storedPeople.equals(people)) {
            Sql.update(c, "DELETE FROM work_person WHERE entry_id = ?", id);
            int position = 0;
            for (Interviewee p : people) {
                Sql.update(c, "INSERT INTO work_person (entry_id, position, name, unit_id, job, level, count) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, position++, p.name(), p.unitId(), p.position(), p.level(), p.count());
            }
        }
        List<VisitedPlace> places = e.details() instanceof WorkDetails.Visit v ? v.places() : List.of();
        List<VisitedPlace> storedPlaces = stored != null && stored.details() instanceof WorkDetails.Visit v ? v.places() : List.of();
        if (stored == null || !storedPlaces.equals(places)) {
            Sql.update(c, "DELETE FROM work_place WHERE entry_id = ?", id);
            int position = 0;
            for (VisitedPlace p : places) {
                Sql.update(c, "INSERT INTO work_place (entry_id, position, name, kind) VALUES (?, ?, ?, ?)", id, position++,
                        p.name(), p.kind());
            }
        }
        if (stored == null || !stored.findings().equals(e.findings()) || !stored.highlights().equals(e.highlights())) {
            writeLines(c, id, e);
        }
    }

    /**
     * Rewrites the entry's lines; a finding keeps its id (and so its link to the item made from
     * it) when it is kept, the link being the store's, not the form's.
     */
    private static void writeLines(Connection c, long id, WorkEntry e) throws SQLException {
        Map<Long, Long> links = new HashMap<>();
        Sql.query(c, "SELECT id, item_id FROM work_line WHERE entry_id = ? AND item_id IS NOT NULL",
                rs -> links.put(rs.getLong(1), rs.getLong(2)), id);
        Sql.update(c, "DELETE FROM work_line WHERE entry_id = ?", id);
        int position = 0;
        for (WorkFinding f : e.findings()) {
            Long item = f.id() > 0 ? links.get(f.id()) : null;
            if (f.id() > 0) {
                Sql.update(c, "INSERT INTO work_line (id, entry_id, kind, position, text, item_id) VALUES (?, ?, 'FINDING', ?, ?, ?)",
                        f.id(), id, position++, f.text(), item);
            } else {
                Sql.update(c, "INSERT INTO work_line (entry_id, kind, position, text) VALUES (?, 'FINDING', ?, ?)", id,
                        position++, f.text());
            }
        }
        for (String h : e.highlights()) {
            Sql.update(c, "INSERT INTO work_line (entry_id, kind, position, text) VALUES (?, 'HIGHLIGHT', ?, ?)", id,
                    position++, h);
        }
    }

    /** Records an export that included internal texts (in the change history, as every write). */
    public void recordInternalExport(Connection c, Instant at, String fileName, int entries) throws SQLException {
        Sql.update(c, "INSERT INTO internal_export (at, file_name, entries) VALUES (?, ?, ?)", at.toString(), fileName, entries);
    }

    /**
     * The entries that cannot outlive the unit: those about it alone, and talks all of whose
     * people belong to it (an entry left with no unit, or a talk with nobody, is no entry).
     */
    public List<Long> goingWithUnit(Connection c, long unitId) throws SQLException {
        return Sql.query(c, "SELECT e.id FROM work_entry e JOIN work_entry_unit u ON u.entry_id = e.id AND u.unit_id = ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM work_entry_unit o WHERE o.entry_id = e.id AND o.unit_id <> ?) "
                + "OR (EXISTS (SELECT 1 FROM work_person p WHERE p.entry_id = e.id) "
                + "AND NOT EXISTS (SELECT 1 FROM work_person p WHERE p.entry_id = e.id AND p.unit_id <> ?)) ORDER BY e.id",
                rs -> rs.getLong(1), unitId, unitId, unitId);
    }
}
