package org.guidancedesk.ui;

import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.LogFile;
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
        return LogFile.current().map(log -> i18n.tr("error.unexpectedLogged", String.valueOf(error.getMessage()), log))
                .orElseGet(() -> i18n.tr("error.unexpected", String.valueOf(error.getMessage())));
    }

    /** Whether the failure is one the user is told about in words of its own (not a fault of the program). */
    static boolean expected(Throwable error) {
        return error instanceof ValidationException || error instanceof StoreException
                || error instanceof org.guidancedesk.service.LedgerFileException;
    }

    /** Every failure goes to the log: an unexpected one with its stack trace, for whoever looks into it. */
    static void log(Throwable error) {
        if (expected(error)) {
            LOG.log(System.Logger.Level.INFO, "refused: " + error.getMessage());
        } else {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure", error);
        }
    }

    private static final System.Logger LOG = System.getLogger(Messages.class.getName());
}
