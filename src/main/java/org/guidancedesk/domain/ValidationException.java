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
    private final String subjectKey;
    private final transient List<Object> subjectArgs;

    public ValidationException(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args), null, List.of());
    }

    private ValidationException(String field, String messageKey, List<Object> args, String subjectKey,
                                List<Object> subjectArgs) {
        super((subjectKey == null ? "" : subjectKey + " " + subjectArgs + " ") + field + ": " + messageKey + " " + args);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
        this.subjectKey = subjectKey;
        this.subjectArgs = subjectArgs;
    }

    /**
     * The same refusal, said of one record among many (an item in a bulk change, a row of an
     * import): the message key names it, e.g. {@code subject.serial} with the serial.
     */
    public ValidationException about(String key, Object... keyArgs) {
        return new ValidationException(field, messageKey, args, key, List.of(keyArgs));
    }

    /** The record this concerns when several were changed at once, or {@code null}. */
    public String subjectKey() { return subjectKey; }

    public Object[] subjectArgs() { return subjectArgs.toArray(); }

    /** The field name, e.g. {@code unit.name}; also a message key for the field's label. */
    public String field() { return field; }

    public String messageKey() { return messageKey; }

    public Object[] args() { return args.toArray(); }
}
