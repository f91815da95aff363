package org.guidancedesk.ui.deadlines;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.guidancedesk.domain.TrafficLight;

/** Style classes and node ids of the section (deadlines.css). */
final class DeadlineStyles {
    private DeadlineStyles() {}

    static final String STYLESHEET = "/org/guidancedesk/ui/deadlines/deadlines.css";
    static final String SECTION = "deadlines";
    static final String TOOLBAR = "deadlines-toolbar";
    static final String DETAILS = "deadline-details";
    static final String CALENDAR = "deadline-calendar";
    static final String DAY = "calendar-day";
    static final String DAY_OTHER_MONTH = "other-month";
    static final String DAY_TODAY = "today";
    static final String DAY_NUMBER = "day-number";
    static final String ENTRY = "calendar-entry";
    static final String ENTRY_ACTION = "calendar-action";
    static final String MORE = "calendar-more";
    static final String WEEKDAY = "calendar-weekday";

    static final String TABLE_ID = "deadlines-table";
    static final String ADD_ID = "deadlines-add";
    static final String MARK_ID = "deadlines-mark";
    static final String CALENDAR_ID = "deadlines-calendar";

    /** light-red, light-yellow, … */
    static String light(TrafficLight l) {
        return "light-" + l.name().toLowerCase(Locale.ROOT);
    }

    static final List<String> LIGHTS = Arrays.stream(TrafficLight.values()).map(DeadlineStyles::light).toList();
}
