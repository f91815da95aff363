package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.ArchivedSheet;
import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.domain.Week;

/** Every exported or printed sheet, with its exact PDF. */
public final class SheetArchiveRepository {
    private static final String COLUMNS = "id, week, report, kind, created_at, file_name, pages, sha256";

    public ArchivedSheet insert(Connection c, Week week, ReportKind report, SheetKind kind, Instant at, String fileName,
                                int pages, String sha256, byte[] pdf) throws SQLException {
        long id = Sql.insert(c, """
                INSERT INTO sheet_archive (week, report, kind, created_at, file_name, pages, sha256, pdf)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", week.toString(), report, kind, at.toString(), fileName, pages, sha256, pdf);
        return new ArchivedSheet(id, week, report, kind, at, fileName, pages, sha256);
    }

    /** Newest first. */
    public List<ArchivedSheet> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM sheet_archive ORDER BY created_at DESC, id DESC",
                SheetArchiveRepository::map);
    }

    public Optional<byte[]> pdf(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT pdf FROM sheet_archive WHERE id = ?", rs -> rs.getBytes(1), id);
    }

    private static ArchivedSheet map(ResultSet rs) throws SQLException {
        return new ArchivedSheet(rs.getLong("id"), Week.parse(rs.getString("week")),
                ReportKind.valueOf(rs.getString("report")), SheetKind.valueOf(rs.getString("kind")), Instant.parse(rs.getString("created_at")),
                rs.getString("file_name"), rs.getInt("pages"), rs.getString("sha256"));
    }
}
