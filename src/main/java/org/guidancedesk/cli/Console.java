package org.guidancedesk.cli;

import java.io.PrintWriter;
import org.guidancedesk.i18n.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command prints, in its language and made safe for a terminal: every line passes
 * through {@link TerminalText}, whatever file its words came from.
 */
final class Console {
    private final CommandSpec spec;
    private final I18n i18n;

    Console(CommandSpec spec, I18n i18n) {
        this.spec = spec;
        this.i18n = i18n;
    }

    static Console of(CommandSpec spec, LanguageOption language) {
        return new Console(spec, language.i18n());
    }

    I18n i18n() {
        return i18n;
    }

    String tr(String key, Object... args) {
        return i18n.tr(key, args);
    }

    /** One message on standard output. */
    void say(String key, Object... args) {
        line(tr(key, args));
    }

    /** One message on standard error. */
    void warn(String key, Object... args) {
        errLine(tr(key, args));
    }

    void line(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(TerminalText.safe(text));
        out.flush();
    }

    void errLine(String text) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(TerminalText.safe(text));
        err.flush();
    }

    /** A usage error (exit 2) in the command's language. */
    CommandLine.ParameterException usage(String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), tr(key, args));
    }
}
