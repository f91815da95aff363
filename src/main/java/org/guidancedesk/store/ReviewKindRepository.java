package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.guidancedesk.domain.ReviewKind;

/** The kinds of document the group reviews, in the group's order, each with its criteria. */
public final class ReviewKindRepository {
    public List<ReviewKind> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT id, name, criteria, sort_order FROM review_kind ORDER BY sort_order, id",
                rs -> new ReviewKind(rs.getLong(1), rs.getString(2), ReviewKind.criteriaOf(rs.getString(3)), rs.getInt(4)));
    }

    /** Whether another kind has this name. */
    public boolean nameTaken(Connection c, ReviewKind k) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM review_kind WHERE name = ? AND id <> ?", k.name(), k.id()) > 0;
    }

    /** Adds the kind after the others; returns it with its id and place. */
    public ReviewKind insert(Connection c, ReviewKind k) throws SQLException {
        int order = (int) Sql.count(c, "SELECT coalesce(max(sort_order), 0) + 1 FROM review_kind");
        long id = Sql.insert(c, "INSERT INTO review_kind (name, criteria, sort_order) VALUES (?, ?, ?)", k.name(),
                k.criteriaText(), order);
        return new ReviewKind(id, k.name(), k.criteria(), order);
    }

    /** Renames it or changes its criteria (its place stays). */
    public void update(Connection c, ReviewKind k) throws SQLException {
        Sql.update(c, "UPDATE review_kind SET name = ?, criteria = ? WHERE id = ?", k.name(), k.criteriaText(), k.id());
    }

    /** Removes it with its reviews (the trash and undo bring them back). */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM review_kind WHERE id = ?", id);
    }

    public void reorder(Connection c, List<Long> idsInOrder) throws SQLException {
        Ordering.apply(c, "review_kind", idsInOrder);
    }

    /** How many units' reviews of the kind hold a round. */
    public long reviewsOf(Connection c, long id) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM review WHERE kind_id = ?", id);
    }
}
