package org.guidancedesk.cli;

/** A command's own failure (exit 1), said with a message key of the {@code cli} bundle and its arguments. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    CliFailure(String key, Object... args) {
        this(null, key, args);
    }

    CliFailure(Throwable cause, String key, Object... args) {
        super(key + " " + java.util.Arrays.toString(args), cause);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
