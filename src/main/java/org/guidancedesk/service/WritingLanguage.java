package org.guidancedesk.service;

import org.guidancedesk.i18n.I18n;

/**
 * The language of the few words the services write into the file themselves (the note of a
 * 不适用 cell a rule by kind of unit wrote): the user interface's at the time of writing, as the
 * window or the command line sets it ({@link Workspace#writeIn}); Chinese, the program's default,
 * until told. The words stay as written: a note is the user's text once in the file, and is not
 * translated when the language changes later.
 */
final class WritingLanguage {
    private volatile I18n i18n = I18n.forLanguage("zh");

    I18n get() {
        return i18n;
    }

    void set(I18n language) {
        this.i18n = java.util.Objects.requireNonNull(language, "language");
    }
}
