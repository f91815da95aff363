package org.guidancedesk.ui;

import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.store.StoreException;

/** Turns failures into one sentence in the user's language. */
public final class Messages {
    private Messages() {}

    /** "单位名称：不能为空" — the field's label, then what is wrong with it. */
    public static String of(I18n i18n, ValidationException e) {
        String field = i18n.has("field." + e.field()) ? i18n.tr("field." + e.field()) : e.field();
        String message = i18n.tr("validation.fieldMessage", field, i18n.tr(e.messageKey(), e.args()));
        return e.subjectKey() == null ? message
                : i18n.tr("validation.subjectMessage", i18n.tr(e.subjectKey(), e.subjectArgs()), message);
    }

    public static String of(I18n i18n, Throwable error) {
        if (error instanceof ValidationException v) {
            return of(i18n, v);
        }
        if (error instanceof org.guidancedesk.service.LedgerFileException f) {
            return i18n.tr(f.messageKey(), f.args());
        }
        if (error instanceof StoreException s) {
            return i18n.tr(s.reason().messageKey(), s.args());
        }
        return i18n.tr("error.unexpected", String.valueOf(error.getMessage()));
    }
}
