package org.guidancedesk.ui.reviews;

import java.util.Locale;
import org.guidancedesk.domain.ReviewState;
import org.guidancedesk.domain.TrafficLight;

/** Style classes and node ids of the 审阅把关 section (reviews.css), used by the UI tests too. */
public final class ReviewStyles {
    private ReviewStyles() {}

    static final String STYLESHEET = "/org/guidancedesk/ui/reviews/reviews.css";
    static final String SECTION = "reviews";
    static final String TOP = "reviews-top";
    static final String PANE = "reviews-pane";
    static final String PANE_TITLE = "pane-title";
    static final String ROUND_TITLE = "round-title";
    static final String POINT = "point-row";
    static final String LINKED = "linked-item";
    static final String WAITING = "reviews-waiting";
    static final String WAITING_TITLE = "waiting-title";
    static final String NOTICE = "reviews-notice";
    static final String HINT = "hint";

    public static final String GRID_ID = "reviews-grid";
    public static final String PANE_ID = "reviews-pane";
    public static final String RECEIVE_ID = "reviews-receive";
    public static final String ANSWER_ID = "reviews-answer";
    public static final String FOR_US_ID = "reviews-for-us";
    public static final String FOR_UNITS_ID = "reviews-for-units";
    public static final String SO_FAR_ID = "reviews-so-far";
    public static final String FILE_POINT_CLASS = "file-point";

    /** "state-in_review": the cell's state. */
    static String state(ReviewState s) {
        return "state-" + s.name().toLowerCase(Locale.ROOT);
    }

    /** "light-red": what is due, by its light. */
    static String light(TrafficLight l) {
        return "light-" + l.name().toLowerCase(Locale.ROOT);
    }
}
