package org.guidancedesk.ui.settings;

import javafx.css.PseudoClass;

/** Style classes and pseudo-classes the settings section puts on its nodes (styled in app.css). */
final class SettingsStyles {
    private SettingsStyles() {}

    /** The whole section. */
    static final String SECTION = "settings";
    /** A label + field grid. */
    static final String FORM = "form";
    /** A validation message (red). */
    static final String ERROR_TEXT = "error-text";
    /** A quiet explanatory line. */
    static final String HINT = "hint";
    /** The row of buttons above a table. */
    static final String TOOLBAR = "settings-toolbar";
    /** A form dialog's pane. */
    static final String FORM_DIALOG = "settings-dialog";
    /** The ★ of an action the group must attend. */
    static final String MUST_ATTEND = "must-attend";
    /** A field whose value was refused. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
}
