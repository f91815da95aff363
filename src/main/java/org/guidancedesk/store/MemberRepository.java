package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;

/** The group's members, in display order. */
public final class MemberRepository {
    private static final String COLUMNS = "id, name, role, duties, sort_order, phone";

    public List<Member> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM member ORDER BY sort_order, id", MemberRepository::map);
    }

    /** Inserts a new member at the end of the list and returns it with its id. */
    public Member insert(Connection c, Member m) throws SQLException {
        int order = (int) Sql.count(c, "SELECT ifnull(max(sort_order), 0) + 1 FROM member");
        long id = Sql.insert(c, "INSERT INTO member (name, role, duties, sort_order, phone) VALUES (?, ?, ?, ?, ?)",
                m.name(), m.role(), duties(m.duties()), order, m.phone());
        return new Member(id, m.name(), m.role(), m.duties(), order, m.phone());
    }

    public void update(Connection c, Member m) throws SQLException {
        Sql.update(c, "UPDATE member SET name = ?, role = ?, duties = ?, phone = ? WHERE id = ?",
                m.name(), m.role(), duties(m.duties()), m.phone(), m.id());
    }

    /**
     * Deletes the member; the units they liaised with and the entries they led are cleared first by a plain update (not
     * left to the foreign key's SET NULL) so the change log records it and undo gives it back.
     */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "UPDATE unit SET liaison_id = NULL WHERE liaison_id = ?", id);
        Sql.update(c, "UPDATE work_entry SET leader_id = NULL WHERE leader_id = ?", id);
        Sql.update(c, "DELETE FROM member WHERE id = ?", id);
    }

    /** How many work log entries this member took part in or led. */
    public long workEntryCount(Connection c, long id) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM work_entry WHERE leader_id = ?1 "
                + "OR id IN (SELECT entry_id FROM work_entry_member WHERE member_id = ?1)", id);
    }

    /** How many checklist records name this member as attending. */
    public long attendanceCount(Connection c, long id) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM record_attendee WHERE member_id = ?", id);
    }

    private static String duties(Set<Duty> duties) {
        return duties.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Member map(ResultSet rs) throws SQLException {
        String text = rs.getString("duties");
        Set<Duty> duties = text.isEmpty() ? EnumSet.noneOf(Duty.class)
                : Arrays.stream(text.split(",")).map(Duty::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Duty.class)));
        return new Member(rs.getLong("id"), rs.getString("name"), MemberRole.valueOf(rs.getString("role")),
                duties, rs.getInt("sort_order"), rs.getString("phone"));
    }
}
