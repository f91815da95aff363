package org.guidancedesk.service;

import org.guidancedesk.tabular.TableFileException;

/**
 * A ledger file that cannot be read or written at all (not a workbook, damaged, too big, a
 * disk error). The message key and arguments name the file, and the row and column if known.
 */
public final class LedgerFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] args;

    public LedgerFileException(TableFileException cause) {
        super(cause.getMessage(), cause);
        this.messageKey = cause.messageKey();
        this.args = cause.args();
    }

    LedgerFileException(String messageKey, Throwable cause, Object... args) {
        super(messageKey + " " + java.util.List.of(args), cause);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
