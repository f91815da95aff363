package org.guidancedesk.ui.weekly;

import javafx.css.PseudoClass;

/** Style classes and pseudo-classes of the 周报 section (styled in weekly.css and app.css). */
final class WeeklyStyles {
    private WeeklyStyles() {}

    static final String STYLESHEET = "weekly.css";
    static final String ROOT = "weekly";
    static final String TOOLBAR = "weekly-toolbar";
    static final String WEEK = "weekly-week";
    static final String NAV = "weekly-nav";
    static final String MESSAGE = "weekly-message";
    static final String SIDE = "weekly-side";
    static final String CAPTION = "weekly-caption";
    static final String NOTE = "weekly-note";
    static final String HINT = "hint";
    static final String ERROR_TEXT = "error-text";
    static final String ARCHIVE_TABLE = "weekly-archive";
    static final String PREVIEW_BAR = "weekly-preview-bar";
    static final String PREVIEW_SCROLL = "weekly-preview-scroll";
    static final String PAGES = "weekly-pages";
    static final String PAGE = "weekly-page";
    static final String MUTED = "weekly-muted";
    static final String REPORT_TOGGLE = "weekly-report-toggle";
    static final String DYNAMIC_PARTS = "weekly-dynamic-parts";
    static final String DYNAMIC_SCROLL = "weekly-dynamic-scroll";
    /** A refused text (red border, from app.css) or an error message. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
}
