package org.guidancedesk.ui.ledger;

import java.util.List;

/** Style classes and node ids of the section (the ledger block of app.css). */
final class LedgerStyles {
    private LedgerStyles() {}

    static final String SECTION = "ledger";
    static final String TOOLBAR = "ledger-toolbar";
    static final String FILTER_BAR = "ledger-filter-bar";
    static final String FOOTER = "ledger-footer";
    static final String DETAILS = "ledger-details";
    static final String HEADING = "heading";
    static final String WARNING_CELL = "warning-cell";
    static final String CODE_CELL = "code-cell";
    static final String MUTED = "muted-cell";
    static final String SECTION_TITLE = "details-section";
    static final String NOTE_ROW = "note-row";
    static final String WARNING_ROW = "warning-row";
    static final String MILESTONE = "milestone-choice";

    static final String LIGHT_RED = "light-red";
    static final String LIGHT_YELLOW = "light-yellow";
    static final String LIGHT_GREEN = "light-green";
    static final String LIGHT_DONE = "light-done";
    static final List<String> LIGHTS = List.of(LIGHT_RED, LIGHT_YELLOW, LIGHT_GREEN, LIGHT_DONE);

    static final String FILTER_UNIT_ID = "ledger-filter-unit";
    static final String FILTER_LEDGER_ID = "ledger-filter-ledger";
    static final String FILTER_CATEGORY_ID = "ledger-filter-category";
    static final String FILTER_STATUS_ID = "ledger-filter-status";
    static final String FILTER_NODE_ID = "ledger-filter-node";
    static final String FILTER_OVERDUE_ID = "ledger-filter-overdue";
    static final String FILTER_WARNINGS_ID = "ledger-filter-warnings";
    static final String FILTER_CLEAR_ID = "ledger-filter-clear";
    static final String SAVED_ID = "ledger-saved-filters";
    static final String GROUP_ID = "ledger-group";
    static final String PRINT_ID = "ledger-print";
    static final String DETAILS_TOGGLE_ID = "ledger-details-toggle";
    static final String DETAIL_PROBLEM_ID = "ledger-detail-problem";
    static final String DETAIL_STATUS_ID = "ledger-detail-status";
    static final String DETAIL_OWNER_ID = "ledger-detail-owner";
    static final String DETAIL_UNIT_ID = "ledger-detail-unit";
    static final String DETAIL_STANDARD_ID = "ledger-detail-standard";
    static final String DETAIL_EXTENSION_ID = "ledger-detail-extension";
    static final String DETAIL_ORIGIN_ID = "ledger-detail-origin";
    static final String FILTER_EXTENDED_ID = "ledger-filter-extended";
    static final String EXTEND_ID = "ledger-extend";
    static final String SEND_BACK_ID = "ledger-send-back";
    static final String DECISION_DATE_ID = "ledger-decision-date";
    static final String DECISION_REASON_ID = "ledger-decision-reason";
    static final String DECISION_APPROVER_ID = "ledger-decision-approver";
    static final String DECISION_ON_ID = "ledger-decision-on";
    static final String DECISION_ERROR_ID = "ledger-decision-error";
    static final String NOTE_TEXT_ID = "ledger-note-text";
    static final String NOTE_ADD_ID = "ledger-note-add";
    static final String SELECTION_NOTE_ID = "ledger-selection-note";
    static final String SELECTED_COUNT_ID = "ledger-selected-count";

    static String light(LedgerRow.Light l) {
        return switch (l) {
            case OVERDUE -> LIGHT_RED;
            case DUE_SOON -> LIGHT_YELLOW;
            case OPEN -> LIGHT_GREEN;
            case DONE -> LIGHT_DONE;
        };
    }
}
