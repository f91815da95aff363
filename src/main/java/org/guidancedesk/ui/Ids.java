package org.guidancedesk.ui;

/** Node ids used by the stylesheet and the UI tests. */
public final class Ids {
    private Ids() {}

    public static final String SIDEBAR = "sidebar";
    public static final String STATUS = "status-bar";
    public static final String HEADER = "header";
    public static final String CONTENT = "content";
    public static final String MATRIX = "checklist-matrix";
    public static final String CELL_DETAILS = "cell-details";
    public static final String DETAIL_STATUS = "detail-status";
    public static final String DETAIL_PLANNED = "detail-planned";
    public static final String DETAIL_DONE = "detail-done";
    public static final String DETAIL_NOTE = "detail-note";
    public static final String FILTER_PHASE = "filter-phase";
    public static final String FILTER_STATUS = "filter-status";
    public static final String FILTER_UNIT = "filter-unit";
    public static final String SCOPE_UNITS = "scope-units";
    public static final String SCOPE_GROUP = "scope-group";
    public static final String OVERALL = "overall-completion";
    public static final String WELCOME_NAME = "welcome-name";
    public static final String WELCOME_CAMPAIGN = "welcome-campaign";
    public static final String WELCOME_START = "welcome-start";
    public static final String WELCOME_END = "welcome-end";
    public static final String WELCOME_SECRETARY = "welcome-secretary";
    public static final String WELCOME_CREATE = "welcome-create";
    public static final String WELCOME_DEMO = "welcome-demo";
    public static final String WELCOME_ERROR = "welcome-error";
    public static final String OPEN_ERROR = "open-error";
    public static final String OVERVIEW = "overview";
    public static final String DEADLINES = "deadlines";

    /** The sidebar button of a section. */
    public static String section(SectionId id) {
        return "section-" + id.name().toLowerCase(java.util.Locale.ROOT);
    }
}
