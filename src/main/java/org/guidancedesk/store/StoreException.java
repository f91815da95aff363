package org.guidancedesk.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A failure of the database file, with a reason the user can act on. The message key and
 * arguments are translated by the caller; {@link #getMessage()} is a plain English fallback.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, each with its message key. */
    public enum Reason {
        FOLDER_MISSING("store.error.folderMissing"),
        FOLDER_READ_ONLY("store.error.folderReadOnly"),
        NOT_A_FILE("store.error.notAFile"),
        NOT_OUR_FILE("store.error.notOurFile"),
        DAMAGED("store.error.damaged"),
        NEWER_SCHEMA("store.error.newerSchema"),
        READ_ONLY("store.error.readOnly"),
        DISK_FULL("store.error.diskFull"),
        BUSY("store.error.busy"),
        CONSTRAINT("store.error.constraint"),
        IO("store.error.io"),
        BACKUP_FAILED("store.error.backupFailed"),
        BACKUP_FOLDER_MISSING("store.error.backupFolderMissing"),
        BACKUP_FOLDER_READ_ONLY("store.error.backupFolderReadOnly"),
        BACKUP_DISK_FULL("store.error.backupDiskFull"),
        BACKUP_MISSING("store.error.backupMissing"),
        BACKUP_DAMAGED("store.error.backupDamaged"),
        LOCKED("store.error.locked"),
        HARD_LINKED("store.error.hardLinked"),
        EMPTY("store.error.empty"),
        /** Our file emptied (it has backups): offered a backup, as a damaged file is. */
        EMPTIED("store.error.emptied");

        private final String messageKey;

        Reason(String messageKey) { this.messageKey = messageKey; }

        public String messageKey() { return messageKey; }
    }

    private final Reason reason;
    private final transient List<Object> args;

    public StoreException(Reason reason, Path file, Throwable cause, Object... extra) {
        super(reason + " " + file + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.reason = reason;
        Object[] all = new Object[extra.length + 1];
        all[0] = file;
        System.arraycopy(extra, 0, all, 1, extra.length);
        this.args = List.of(all);
    }

    public Reason reason() { return reason; }

    /** Arguments for the message: the file first, then the reason's own values. */
    public Object[] args() { return args.toArray(); }
}
