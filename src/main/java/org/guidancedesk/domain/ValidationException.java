package org.guidancedesk.domain;

import java.util.List;

/**
 * Input that breaks a domain rule. Carries the field it concerns and a message key with
 * arguments, so the UI and the command line can say it in the user's language.
 */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String messageKey;
    private final transient List<Object> args;

    public ValidationException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey + " " + List.of(args));
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    /** The field name, e.g. {@code unit.name}; also a message key for the field's label. */
    public String field() { return field; }

    public String messageKey() { return messageKey; }

    public Object[] args() { return args.toArray(); }
}
