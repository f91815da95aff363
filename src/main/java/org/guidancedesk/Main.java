package org.guidancedesk;

import org.guidancedesk.cli.Cli;

/**
 * The jar's entry point. Not a JavaFX {@code Application}, so the fat jar runs with
 * {@code java -jar} on a plain class path; the window is started only when no command is
 * given.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code >= 0) {
            System.exit(code);
        }
    }
}
