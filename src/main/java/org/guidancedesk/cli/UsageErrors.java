package org.guidancedesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.guidancedesk.i18n.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Bad usage (exit 2) said in the chosen language: a missing option, an unknown one, a value
 * that is not a date, then where to find the usage.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final I18n i18n;

    UsageErrors(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(TerminalText.safe(message(e)));
        err.println(TerminalText.safe(i18n.tr("cli.usage.help", line.getCommandSpec().qualifiedName())));
        err.flush();
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    private String message(CommandLine.ParameterException e) {
        if (e.getCause() instanceof KeyedConversion k) {
            Object[] own = k.args();
            Object[] all = new Object[own.length + 2];
            all[0] = name(e.getArgSpec());
            all[1] = e.getValue();
            System.arraycopy(own, 0, all, 2, own.length);
            return i18n.tr(k.key(), all);
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() != null) {
            return i18n.tr("cli.usage.invalid", name(e.getArgSpec()), e.getValue());
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return i18n.tr("cli.usage.missing", m.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            return i18n.tr("cli.usage.unknown", String.join(" ", unmatched));
        }
        // Our own usage errors are already in the chosen language; picocli's few others stay English.
        return e.getMessage();
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        return spec == null ? "" : spec.paramLabel();
    }
}
