package org.guidancedesk.ui;

/** Node ids used by the stylesheet and the UI tests. */
public final class Ids {
    private Ids() {}

    public static final String SIDEBAR = "sidebar";
    public static final String STATUS = "status-bar";
    public static final String HEADER = "header";
    public static final String CONTENT = "content";
    public static final String NOTICES = "notices";
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
    public static final String WELCOME_WIZARD = "welcome-wizard";
    public static final String WELCOME_ERROR = "welcome-error";
    public static final String OPEN_ERROR = "open-error";
    public static final String OVERVIEW = "overview";
    public static final String DEADLINES = "deadlines";
    public static final String LEDGER = "ledger";
    public static final String LEDGER_TABLE = "ledger-table";
    public static final String LEDGER_SEARCH = "ledger-search";
    public static final String LEDGER_COUNT = "ledger-count";
    public static final String LEDGER_ADD = "ledger-add";
    public static final String LEDGER_MARK = "ledger-mark";
    public static final String LEDGER_REMOVE = "ledger-remove";
    public static final String LEDGER_DETAILS = "ledger-details";
    public static final String LEDGER_IMPORT = "ledger-import";
    public static final String LEDGER_EXPORT = "ledger-export";

    /** The sidebar button of a section. */
    public static String section(SectionId id) {
        return "section-" + id.name().toLowerCase(java.util.Locale.ROOT);
    }
}
