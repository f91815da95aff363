package org.guidancedesk.cli;

import picocli.CommandLine;

/**
 * A value picocli could not convert, said with a message key; the usage-error handler fills
 * {0} with the option's name and {1} with the value given, then this refusal's own arguments.
 */
final class KeyedConversion extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    KeyedConversion(String key, Object... args) {
        super(key);
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
