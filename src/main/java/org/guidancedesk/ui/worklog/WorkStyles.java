package org.guidancedesk.ui.worklog;

import javafx.css.PseudoClass;

/** Style classes and node ids of the 工作记录 section (worklog.css), used by the UI tests too. */
public final class WorkStyles {
    private WorkStyles() {}

    static final String STYLESHEET = "/org/guidancedesk/ui/worklog/worklog.css";
    static final String SECTION = "worklog";
    static final String TOOLBAR = "worklog-toolbar";
    static final String FILTER_BAR = "worklog-filter-bar";
    static final String WEEK = "worklog-week";
    static final String DETAILS = "worklog-details";
    static final String FORM = "worklog-form";
    static final String FORM_LABEL = "form-label";
    static final String INTERNAL = "internal-tag";
    static final String ROW_BOX = "part-row";
    static final String SECTION_TITLE = "details-section";
    static final String LINE = "line-row";
    static final String LINKED = "linked-item";
    static final String COVERAGE = "worklog-coverage";
    static final String CELL_NONE = "coverage-none";
    static final String CELL_SOME = "coverage-some";
    static final String ROSTER_SHORT = "roster-short";
    static final String ROSTER_NONE = "roster-none";
    static final String STATUS_PREFIX = "status-";
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    public static final String TABLE_ID = "worklog-table";
    public static final String ADD_ID = "worklog-add";
    public static final String REMOVE_ID = "worklog-remove";
    public static final String SEARCH_ID = "worklog-search";
    public static final String COUNT_ID = "worklog-count";
    public static final String WEEK_ID = "worklog-week";
    public static final String DETAILS_ID = "worklog-details";
    public static final String COVERAGE_ID = "worklog-coverage";
    public static final String TABS_ID = "worklog-tabs";
    public static final String KIND_ID = "worklog-kind";
    public static final String STATUS_ID = "worklog-status";
    public static final String DATE_ID = "worklog-date";
    public static final String TIME_ID = "worklog-time";
    public static final String UNITS_ID = "worklog-units";
    public static final String MEMBERS_ID = "worklog-members";
    public static final String LEADER_ID = "worklog-leader";
    public static final String PEOPLE_ID = "worklog-people";
    public static final String PEOPLE_ADD_ID = "worklog-people-add";
    public static final String PLACES_ID = "worklog-places";
    public static final String TOPIC_ID = "worklog-topic";
    public static final String PARTICIPANTS_ID = "worklog-participants";
    public static final String NOTES_ID = "worklog-notes";
    public static final String ERROR_CLASS = "field-error";
    public static final String FINDING_ADD_ID = "worklog-finding-add";
    public static final String FINDING_TEXT_ID = "worklog-finding-text";
    public static final String FILE_FINDING_CLASS = "file-finding";
}
