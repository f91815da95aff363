package org.guidancedesk.ui.reviews;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.ReviewPoint;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.service.Workspace;

/**
 * Everything the 审阅把关 section shows, read in one go (its first showing, an undo, coming
 * back): the units and document kinds, the reviews, the feedback window and the warning days,
 * the units' required actions with their records (an approval may tick one), the 整改台账's
 * categories and 三个节点 (a point is filed there) and the items points were turned into.
 */
record ReviewsSnapshot(LocalDate today, int feedbackDays, int warnDays, List<Unit> units, List<ReviewKind> kinds,
                       List<Review> reviews, List<RequiredAction> unitActions, Map<RecordKey, ActionRecord> records,
                       List<String> categories, List<LocalDate> milestones, Map<Long, Rectification> items) {
    ReviewsSnapshot {
        units = List.copyOf(units);
        kinds = List.copyOf(kinds);
        reviews = List.copyOf(reviews);
        unitActions = List.copyOf(unitActions);
        records = Map.copyOf(records);
        categories = List.copyOf(categories);
        milestones = List.copyOf(milestones);
        items = Map.copyOf(items);
    }

    /** Reads it all (on the database thread). */
    static ReviewsSnapshot read(Workspace ws) {
        LocalDate today = ws.reviews().today();
        List<Review> reviews = ws.reviews().reviews();
        Checklist checklist = ws.checklist().load();
        Set<Long> linked = new LinkedHashSet<>();
        reviews.forEach(r -> r.points().stream().map(ReviewPoint::itemId).filter(Objects::nonNull).forEach(linked::add));
        Map<Long, Rectification> items = ws.reviews().items(linked).stream()
                .collect(Collectors.toMap(Rectification::id, Function.identity()));
        return new ReviewsSnapshot(today, ws.reviews().feedbackDays(), ws.checklist().warnDays(), checklist.units(),
                ws.reviews().kinds(), reviews, checklist.unitActions(), checklist.records(),
                ws.ledger().categories(Ledger.RECTIFY), ws.ledger().milestones(), items);
    }
}
