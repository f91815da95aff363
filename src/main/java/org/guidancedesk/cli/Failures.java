package org.guidancedesk.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.LedgerFileException;
import org.guidancedesk.store.StoreException;
import org.guidancedesk.ui.Messages;

/** Every failure a command meets, as one sentence from the bundles with all its arguments filled. */
final class Failures {
    private Failures() {}

    static String describe(I18n i18n, Throwable e) {
        if (e instanceof CliFailure f) {
            return fill(i18n, f.key(), f.args(), detail(f.getCause()));
        }
        if (e instanceof StoreException s) {
            if (s.reason() == StoreException.Reason.LOCKED) {
                // A command meets the window, or another command: say "another program".
                return i18n.tr("cli.error.locked", s.args()[0]);
            }
            return fill(i18n, s.reason().messageKey(), s.args(), detail(s.getCause()));
        }
        if (e instanceof ValidationException v) {
            return Messages.of(i18n, v);
        }
        if (e instanceof LedgerFileException f) {
            return fill(i18n, f.messageKey(), f.args(), detail(f.getCause()));
        }
        if (e instanceof IOException io) {
            return i18n.tr("cli.error.io", detail(io));
        }
        return i18n.tr("cli.error.unexpected", detail(e));
    }

    /**
     * A file that could not be written, named as the user gave it (never a temporary file
     * beside it): its folder missing, no permission, a full disk, or the system's reason.
     */
    static CliFailure writing(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        if (diskFull(e)) {
            return new CliFailure(e, "cli.error.write.diskFull", target);
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return new CliFailure(e, "cli.error.write.noFolder", target, folder);
        }
        if (e instanceof AccessDeniedException) {
            return new CliFailure(e, "cli.error.write.denied", target, folder);
        }
        return new CliFailure(e, "cli.error.write.other", target, detail(e));
    }

    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t instanceof FileSystemException f ? f.getReason() : t.getMessage();
            String text = String.valueOf(m).toLowerCase(Locale.ROOT);
            if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                    || text.contains("sqlite_full")) {
                return true;
            }
        }
        return false;
    }

    /** The system's own words for a cause, for the one slot a message keeps for them. */
    static String detail(Throwable e) {
        if (e == null) {
            return "";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getFile() + ": " + f.getReason() : String.valueOf(f.getFile());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ').strip();
    }

    /** The message with every placeholder filled: missing arguments get the cause's words. */
    private static String fill(I18n i18n, String key, Object[] args, String detail) {
        int wanted = new MessageFormat(i18n.tr(key), i18n.locale()).getFormatsByArgumentIndex().length;
        Object[] all = args;
        if (args.length < wanted) {
            all = Arrays.copyOf(args, wanted);
            for (int i = args.length; i < wanted; i++) {
                all[i] = detail;
            }
        }
        return i18n.tr(key, all);
    }
}
