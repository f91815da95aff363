package org.guidancedesk.ui.ledger;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.guidancedesk.i18n.I18n;

/** What the footer says: the last refusal, or what the last action did; and whether the file can only be read. */
public final class LedgerFooter {
    private final I18n i18n;
    private final boolean readOnly;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");

    LedgerFooter(I18n i18n, boolean readOnly) {
        this.i18n = i18n;
        this.readOnly = readOnly;
    }

    /** Whether the file can only be read: the view disables every edit, and the models refuse them. */
    boolean readOnly() {
        return readOnly;
    }

    /** On a read-only file: says so and returns true, so that nothing is tried. */
    boolean refusedReadOnly() {
        if (readOnly) {
            message.set(i18n.tr("ledger.readOnly"));
        }
        return readOnly;
    }

    void say(String key, Object... args) {
        notice.set(i18n.tr(key, args));
    }

    /** The last refusal (a bulk change, a removal), or "". */
    StringProperty message() { return message; }

    /** What the last action did ("已将 3 项标记为已完成"), or "". */
    StringProperty notice() { return notice; }
}
