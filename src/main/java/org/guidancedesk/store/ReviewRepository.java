package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.ReviewPoint;
import org.guidancedesk.domain.ReviewResult;
import org.guidancedesk.domain.ReviewRound;

/**
 * The reviews with their rounds and points. A review is read whole (its rounds and points in one
 * query each for all reviews) and written whole: a save inserts the rounds that are new and
 * rewrites only a round that changed, so the history holds what the user did.
 */
public final class ReviewRepository {
    /** A round's row before its points are attached. */
    private record RoundRow(long id, long reviewId, int number, java.time.LocalDate received, String version,
                            java.time.LocalDate feedbackOn, ReviewResult result, java.time.LocalDate resubmitBy) {}

    public List<Review> findAll(Connection c) throws SQLException {
        return read(c, "", List.of());
    }

    public Optional<Review> find(Connection c, long id) throws SQLException {
        List<Review> found = read(c, " WHERE id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The review of a unit's document of a kind, if anything of it was received. */
    public Optional<Review> find(Connection c, long unitId, long kindId) throws SQLException {
        Optional<Long> id = Sql.queryOne(c, "SELECT id FROM review WHERE unit_id = ? AND kind_id = ?", rs -> rs.getLong(1),
                unitId, kindId);
        return id.isEmpty() ? Optional.empty() : find(c, id.get());
    }

    private List<Review> read(Connection c, String where, List<Object> params) throws SQLException {
        Object[] p = params.toArray();
        List<long[]> reviews = Sql.query(c, "SELECT id, unit_id, kind_id FROM review" + where + " ORDER BY id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, p);
        String ofReview = where.isEmpty() ? "" : " WHERE review_id = ?";
        List<RoundRow> rounds = Sql.query(c, "SELECT id, review_id, number, received_on, version, feedback_on, result, "
                + "resubmit_by FROM review_round" + ofReview + " ORDER BY review_id, number", rs -> new RoundRow(
                rs.getLong("id"), rs.getLong("review_id"), rs.getInt("number"), Sql.date(rs, "received_on"),
                rs.getString("version"), Sql.date(rs, "feedback_on"),
                rs.getString("result") == null ? null : ReviewResult.valueOf(rs.getString("result")),
                Sql.date(rs, "resubmit_by")), p);
        String ofRound = where.isEmpty() ? "" : " WHERE round_id IN (SELECT id FROM review_round WHERE review_id = ?)";
        Map<Long, List<ReviewPoint>> points = new HashMap<>();
        Sql.query(c, "SELECT round_id, id, text, criteria, item_id FROM review_point" + ofRound
                + " ORDER BY round_id, position", rs -> points.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new ReviewPoint(rs.getLong(2), rs.getString(3), ReviewKind.criteriaOf(rs.getString(4)),
                        Sql.nullableLong(rs, "item_id"))), p);
        Map<Long, List<RoundRow>> byReview = new HashMap<>();
        rounds.forEach(r -> byReview.computeIfAbsent(r.reviewId(), k -> new ArrayList<>()).add(r));
        List<Review> result = new ArrayList<>(reviews.size());
        for (long[] r : reviews) {
            List<RoundRow> mine = byReview.getOrDefault(r[0], List.of());
            result.add(Sql.validated(() -> new Review(r[0], r[1], r[2], mine.stream().map(x -> round(x, points)).toList()),
                    "review " + r[0]));
        }
        return result;
    }

    private static ReviewRound round(RoundRow r, Map<Long, List<ReviewPoint>> points) {
        ReviewRound.Feedback feedback = r.result() == null ? null
                : new ReviewRound.Feedback(r.feedbackOn(), points.getOrDefault(r.id(), List.of()), r.result(), r.resubmitBy());
        return new ReviewRound(r.id(), r.number(), r.received(), r.version(), feedback);
    }

    /**
     * Saves the review as given: its row when it is new (id 0), its new rounds, and a stored round
     * whose feedback or version changed. Returns it as stored, with its ids.
     */
    public Review save(Connection c, Review review, Instant now) throws SQLException {
        long id = review.id() != 0 ? review.id()
                : Sql.insert(c, "INSERT INTO review (unit_id, kind_id) VALUES (?, ?)", review.unitId(), review.kindId());
        Map<Long, ReviewRound> stored = new HashMap<>();
        if (review.id() != 0) {
            find(c, id).orElseThrow(() -> new SQLException("review " + id + " no longer exists")).rounds()
                    .forEach(r -> stored.put(r.id(), r));
        }
        for (ReviewRound r : review.rounds()) {
            ReviewRound before = stored.get(r.id());
            if (r.id() == 0) {
                long roundId = Sql.insert(c, "INSERT INTO review_round (review_id, number, received_on, version, feedback_on, "
                        + "result, resubmit_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", withTime(id, r, now));
                writePoints(c, roundId, r.points());
            } else if (before == null) {
                throw new SQLException("round " + r.id() + " is not of review " + id);
            } else if (!before.equals(r)) {
                Sql.update(c, "UPDATE review_round SET received_on = ?, version = ?, feedback_on = ?, result = ?, "
                        + "resubmit_by = ?, updated_at = ? WHERE id = ?", r.received(), r.version(), feedbackOn(r),
                        result(r), resubmitBy(r), now.toString(), r.id());
                if (!before.points().equals(r.points())) {
                    writePoints(c, r.id(), r.points());
                }
            }
        }
        return find(c, id).orElseThrow();
    }

    private static Object[] withTime(long reviewId, ReviewRound r, Instant now) {
        return new Object[] {reviewId, r.number(), r.received(), r.version(), feedbackOn(r), result(r), resubmitBy(r),
                now.toString()};
    }

    private static java.time.LocalDate feedbackOn(ReviewRound r) {
        return r.feedback() == null ? null : r.feedback().on();
    }

    private static ReviewResult result(ReviewRound r) {
        return r.feedback() == null ? null : r.feedback().result();
    }

    private static java.time.LocalDate resubmitBy(ReviewRound r) {
        return r.feedback() == null ? null : r.feedback().resubmitBy();
    }

    /** Rewrites a round's points; a kept point (its id given) keeps its id and so its link to an item. */
    private static void writePoints(Connection c, long roundId, List<ReviewPoint> points) throws SQLException {
        Map<Long, Long> links = new HashMap<>();
        Sql.query(c, "SELECT id, item_id FROM review_point WHERE round_id = ? AND item_id IS NOT NULL",
                rs -> links.put(rs.getLong(1), rs.getLong(2)), roundId);
        Sql.update(c, "DELETE FROM review_point WHERE round_id = ?", roundId);
        int position = 0;
        for (ReviewPoint p : points) {
            String criteria = String.join("\n", p.criteria());
            if (p.id() > 0) {
                Sql.update(c, "INSERT INTO review_point (id, round_id, position, text, criteria, item_id) VALUES (?, ?, ?, ?, ?, ?)",
                        p.id(), roundId, position++, p.text(), criteria, links.get(p.id()));
            } else {
                Sql.update(c, "INSERT INTO review_point (round_id, position, text, criteria) VALUES (?, ?, ?, ?)", roundId,
                        position++, p.text(), criteria);
            }
        }
    }

    /** Links a point to the ledger item made from it (once: an item comes from one point). */
    public void linkPoint(Connection c, long pointId, long itemId) throws SQLException {
        if (Sql.update(c, "UPDATE review_point SET item_id = ? WHERE id = ? AND item_id IS NULL", itemId, pointId) != 1) {
            throw new SQLException("point " + pointId + " is gone or already turned into an item");
        }
    }

    /** The review a point was raised in, if the point exists. */
    public Optional<Long> reviewOfPoint(Connection c, long pointId) throws SQLException {
        return Sql.queryOne(c, "SELECT r.review_id FROM review_point p JOIN review_round r ON r.id = p.round_id WHERE p.id = ?",
                rs -> rs.getLong(1), pointId);
    }

    /** The review a ledger item was made from (a point of its feedback), if any. */
    public Optional<Long> reviewOfItem(Connection c, long itemId) throws SQLException {
        return Sql.queryOne(c, "SELECT r.review_id FROM review_point p JOIN review_round r ON r.id = p.round_id "
                + "WHERE p.item_id = ?", rs -> rs.getLong(1), itemId);
    }
}
