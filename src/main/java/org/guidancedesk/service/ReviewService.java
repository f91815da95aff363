package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.Liaison;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewFigures;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.ReviewPoint;
import org.guidancedesk.domain.ReviewRound;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.MemberRepository;
import org.guidancedesk.store.RectificationRepository;
import org.guidancedesk.store.ReviewKindRepository;
import org.guidancedesk.store.ReviewRepository;
import org.guidancedesk.store.SettingRepository;
import org.guidancedesk.store.UnitRepository;

/**
 * 审阅把关: the kinds of document reviewed, each unit's reviews round by round, the group's own
 * feedback due a set number of days after 收到, the points that become ledger items, and the
 * figures reports quote. Each edit is one transaction and returns the review as stored; a
 * refusal leaves the file as it was.
 */
public final class ReviewService {
    static final String FEEDBACK_DAYS = "review.feedbackDays";
    /** Days after 收到 the group's feedback is due, unless set. */
    public static final int DEFAULT_FEEDBACK_DAYS = 3;
    /** The longest feedback window that can be set. */
    public static final int MAX_FEEDBACK_DAYS = 30;

    private final Database db;
    private final Clock clock;
    private final ReviewRepository reviews = new ReviewRepository();
    private final ReviewKindRepository kinds = new ReviewKindRepository();
    private final RectificationRepository items = new RectificationRepository();
    private final SettingRepository settings = new SettingRepository();
    private final LedgerPatches patches;

    ReviewService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        // its own, as the work log's: the ledger screen's kept checks are dropped by any write not theirs
        this.patches = new LedgerPatches(db);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- the feedback window -----------------------------------------------------------------------------

    /** Days after 收到 the group's feedback is due. */
    public int feedbackDays() {
        return db.read(ReviewService::feedbackDays);
    }

    static int feedbackDays(Connection c) throws SQLException {
        return new SettingRepository().find(c, FEEDBACK_DAYS).map(Integer::parseInt).orElse(DEFAULT_FEEDBACK_DAYS);
    }

    public void setFeedbackDays(int days) {
        if (days < 0 || days > MAX_FEEDBACK_DAYS) {
            throw new ValidationException("review.feedbackDays", "validation.review.feedbackDays", MAX_FEEDBACK_DAYS);
        }
        db.write(c -> {
            settings.save(c, FEEDBACK_DAYS, Integer.toString(days));
            return null;
        });
    }

    // --- kinds ------------------------------------------------------------------------------------------

    public List<ReviewKind> kinds() {
        return db.read(kinds::findAll);
    }

    /** Adds a kind at the end of the list; a name the list has already is refused. */
    public ReviewKind addKind(ReviewKind kind) {
        return db.write(c -> {
            checkName(c, kind.withId(0));
            return kinds.insert(c, kind);
        });
    }

    /** Renames a kind or changes its criteria (the points raised keep the words they were given). */
    public void updateKind(ReviewKind kind) {
        db.write(c -> {
            checkName(c, kind);
            kinds.update(c, kind);
            return null;
        });
    }

    private void checkName(Connection c, ReviewKind kind) throws SQLException {
        if (kinds.nameTaken(c, kind)) {
            throw new ValidationException("review.kind", "validation.review.kindTaken", kind.name());
        }
    }

    /** How many units' documents of the kind were received: what goes with it. */
    public long reviewsOf(long kindId) {
        return db.read(c -> kinds.reviewsOf(c, kindId));
    }

    /** Removes a kind and its reviews (编辑 › 撤销 brings them back). */
    public void removeKind(long kindId) {
        db.write(c -> {
            kinds.delete(c, kindId);
            return null;
        });
    }

    public void reorderKinds(List<Long> idsInOrder) {
        db.write(c -> {
            kinds.reorder(c, idsInOrder);
            return null;
        });
    }

    // --- reviews ----------------------------------------------------------------------------------------

    /** Every review with a round, with its rounds and points. */
    public List<Review> reviews() {
        return db.read(reviews::findAll);
    }

    /**
     * 收到: a new round of the unit's document of the kind, received that day (the review made at
     * its first round). Refused after 通过, while the last round awaits feedback, in the future, or
     * before the previous round's feedback.
     */
    public Review receive(long unitId, long kindId, LocalDate on, String version) {
        LocalDate today = today();
        return db.write(c -> {
            Review current = reviews.find(c, unitId, kindId).orElse(Review.none(unitId, kindId));
            return reviews.save(c, current.received(on, version, today), Instant.now(clock));
        });
    }

    /**
     * 反馈: the group's feedback on the round awaiting it, with its points and result. Refused
     * when no round awaits one, in the future, or dated before the round was received (and by
     * the feedback's own rules: a result without its date, 修改后重报 without a date, no points
     * but for 通过).
     */
    public Review answer(long reviewId, ReviewRound.Feedback feedback) {
        LocalDate today = today();
        return db.write(c -> {
            Review current = reviews.find(c, reviewId).orElseThrow(() -> new SQLException("no review " + reviewId));
            return reviews.save(c, current.answered(feedback, today), Instant.now(clock));
        });
    }

    /** What turning a point into a ledger item changed: the review (the point linked) and the ledger. */
    public record Filed(Review review, LedgerPatch patch) {}

    /**
     * Files a point as a ledger item (the item as the caller drafted it, see
     * {@code FindingItem}) and links the two, in one transaction. A point already turned into an
     * item is refused.
     */
    public Filed turnIntoItem(long pointId, Rectification draft) {
        LocalDate today = today();
        return db.write(c -> {
            long reviewId = reviews.reviewOfPoint(c, pointId).orElseThrow(() -> new SQLException("no point " + pointId));
            ReviewPoint point = reviews.find(c, reviewId).orElseThrow().points().stream().filter(p -> p.id() == pointId)
                    .findFirst().orElseThrow();
            if (point.turnedIntoItem()) {
                throw new ValidationException("review.point", "validation.review.pointAlreadyAnItem");
            }
            Rectification saved = items.insert(c, draft.toBuilder().createdOn(today).build(), Instant.now(clock));
            reviews.linkPoint(c, pointId, saved.id());
            return new Filed(reviews.find(c, reviewId).orElseThrow(), patches.of(c, List.of(saved), Set.of()));
        });
    }

    /** The review a ledger item was made from (a point of its feedback), if it was. */
    public Optional<Long> reviewOfItem(long itemId) {
        return db.read(c -> reviews.reviewOfItem(c, itemId));
    }

    /** The ledger items of these ids still in the ledger: what points were turned into, to show their serial and state. */
    public List<Rectification> items(java.util.Collection<Long> ids) {
        return db.read(c -> LinkedItems.find(c, ids));
    }

    /** "审阅方案材料N份，提出修改意见N条，N份经多轮修改后定稿" for feedback given from {@code from} to {@code to}. */
    public ReviewFigures figures(LocalDate from, LocalDate to) {
        return ReviewFigures.of(reviews(), from, to);
    }

    // --- the agenda -------------------------------------------------------------------------------------

    /**
     * For 总览 and the agenda: the group's feedback awaited (due {@link #feedbackDays} after 收到)
     * and the units' revised versions awaited by their date, each with its light.
     */
    static List<AgendaItem> agenda(Connection c, LocalDate today, int warnDays) throws SQLException {
        int days = feedbackDays(c);
        Map<Long, Unit> units = new HashMap<>();
        new UnitRepository().findAll(c).forEach(u -> units.put(u.id(), u));
        Map<Long, String> kindNames = new HashMap<>();
        new ReviewKindRepository().findAll(c).forEach(k -> kindNames.put(k.id(), k.name()));
        List<Member> members = new MemberRepository().findAll(c);
        List<AgendaItem> result = new ArrayList<>();
        for (Review r : new ReviewRepository().findAll(c)) {
            LocalDate feedbackDue = r.feedbackDue(days);
            AgendaItem.Kind kind = feedbackDue != null ? AgendaItem.Kind.FEEDBACK : AgendaItem.Kind.RESUBMIT;
            LocalDate due = feedbackDue != null ? feedbackDue : r.resubmitBy();
            Unit unit = units.get(r.unitId());
            if (due != null && unit != null) {
                result.add(new AgendaItem(kind, due, kindNames.getOrDefault(r.kindId(), ""), unit.name(),
                        TrafficLight.of(due, false, false, today, warnDays),
                        new AgendaItem.Ref(kind, r.id(), r.unitId(), due), Liaison.text(unit, members)));
            }
        }
        return result;
    }
}
