package org.guidancedesk.domain;

import java.util.List;

/**
 * One point (修改意见) the group raised in its feedback: a line of text, the usual criteria it
 * falls under (ticked from its kind's list, kept as words so a later edit of the list does not
 * change what was said), and once turned into a ledger item, that item.
 *
 * @param itemId the rectification item made from it, or {@code null}
 */
public record ReviewPoint(long id, String text, List<String> criteria, Long itemId) {
    public ReviewPoint {
        text = Text.requiredText("review.point", text, Rectification.MAX_TEXT);
        criteria = ReviewKind.lines("review.criteria", criteria);
    }

    /** A new point (not stored yet). */
    public static ReviewPoint of(String text, List<String> criteria) {
        return new ReviewPoint(0, text, criteria, null);
    }

    public boolean turnedIntoItem() {
        return itemId != null;
    }

    public ReviewPoint withItem(Long item) {
        return new ReviewPoint(id, text, criteria, item);
    }
}
