package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeekNotes;

/** The free text of each week's sheet. */
public final class WeekNoteRepository {

    public Optional<WeekNotes> find(Connection c, Week week) throws SQLException {
        return Sql.queryOne(c, "SELECT coordination, other FROM week_note WHERE week = ?",
                rs -> new WeekNotes(week, rs.getString("coordination"), rs.getString("other")), week.toString());
    }

    /** Stores the notes; notes emptied again are deleted. */
    public void save(Connection c, WeekNotes notes, Instant now) throws SQLException {
        if (notes.coordination().isEmpty() && notes.other().isEmpty()) {
            Sql.update(c, "DELETE FROM week_note WHERE week = ?", notes.week().toString());
            return;
        }
        Sql.update(c, """
                INSERT INTO week_note (week, coordination, other, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (week) DO UPDATE SET coordination = excluded.coordination, other = excluded.other,
                  updated_at = excluded.updated_at""",
                notes.week().toString(), notes.coordination(), notes.other(), now.toString());
    }
}
