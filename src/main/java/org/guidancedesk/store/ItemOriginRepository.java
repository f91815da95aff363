package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.guidancedesk.domain.ItemOrigin;
import org.guidancedesk.domain.WorkKind;

/** The finding or review point a ledger item was filed from, if it was (each is linked to at most one item). */
public final class ItemOriginRepository {
    public Optional<ItemOrigin> find(Connection c, long itemId) throws SQLException {
        Optional<ItemOrigin> finding = Sql.queryOne(c, """
                SELECT e.on_date, e.kind FROM work_line l JOIN work_entry e ON e.id = l.entry_id
                WHERE l.item_id = ?""",
                rs -> new ItemOrigin.Finding(Sql.isoDate(rs.getString(1)), WorkKind.valueOf(rs.getString(2))), itemId);
        if (finding.isPresent()) {
            return finding;
        }
        return Sql.queryOne(c, """
                SELECT r.feedback_on, k.name, r.number FROM review_point p
                JOIN review_round r ON r.id = p.round_id
                JOIN review v ON v.id = r.review_id
                JOIN review_kind k ON k.id = v.kind_id
                WHERE p.item_id = ?""",
                rs -> new ItemOrigin.ReviewPoint(Sql.isoDate(rs.getString(1)), rs.getString(2), rs.getInt(3)), itemId);
    }
}
