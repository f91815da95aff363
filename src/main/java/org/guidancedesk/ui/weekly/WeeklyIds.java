package org.guidancedesk.ui.weekly;

/** Node ids of the 周报 section, used by the UI tests. */
public final class WeeklyIds {
    private WeeklyIds() {}

    public static final String ROOT = "weekly";
    /** The line shown while the group has nothing to report yet. */
    public static final String EMPTY_HINT = "weekly-empty-hint";
    public static final String WEEK = "weekly-week";
    public static final String PREVIOUS = "weekly-previous";
    public static final String NEXT = "weekly-next";
    public static final String THIS_WEEK = "weekly-this-week";
    public static final String PRINT = "weekly-print";
    public static final String EXPORT = "weekly-export";
    public static final String MESSAGE = "weekly-message";
    public static final String COORDINATION = "weekly-coordination";
    public static final String COORDINATION_ERROR = "weekly-coordination-error";
    public static final String OTHER = "weekly-other";
    public static final String OTHER_ERROR = "weekly-other-error";
    public static final String PREVIEW = "weekly-preview";
    public static final String PAGES = "weekly-pages";
    public static final String PAGE_COUNT = "weekly-page-count";
    public static final String RENDERING = "weekly-rendering";
    public static final String ZOOM = "weekly-zoom";
    public static final String ARCHIVE = "weekly-archive";
    public static final String REPRINT = "weekly-reprint";
    public static final String SAVE_AS = "weekly-save-as";
    /** The two reports' toggle: 周工作进展表 | 工作动态. */
    public static final String SHOW_SHEET = "weekly-show-sheet";
    public static final String SHOW_DYNAMIC = "weekly-show-dynamic";
    public static final String DYNAMIC_NUMBER = "weekly-dynamic-number";
    public static final String DYNAMIC_NUMBER_ERROR = "weekly-dynamic-number-error";
    public static final String DYNAMIC_MASTHEAD = "weekly-dynamic-masthead";
    public static final String DYNAMIC_PARTS = "weekly-dynamic-parts";
    /** Followed by the part's name in lower case: weekly-dynamic-part-work. */
    public static final String DYNAMIC_PART_PREFIX = "weekly-dynamic-part-";
    public static final String DYNAMIC_RESTORE_PREFIX = "weekly-dynamic-restore-";
}
