package org.guidancedesk.cli;

import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine.Option;

/** {@code --unit --ledger --status --overdue --extended}: which ledger items a command exports or prints. */
final class LedgerFilterOptions {
    @Option(names = "--unit", paramLabel = "NAME", description = "only this unit's items")
    String unit;

    @Option(names = "--ledger", paramLabel = "整治|整改", description = "only this ledger")
    String ledger;

    @Option(names = "--status", paramLabel = "STATUS", description = "only items with this status (e.g. 整改中)")
    String status;

    @Option(names = "--overdue", description = "only overdue items")
    boolean overdue;

    @Option(names = "--extended", description = "only items whose due date was extended (已延期)")
    boolean extended;

    /** The filter these options say, with {@code text} as its words (null for none); a usage error names a bad value. */
    LedgerFilter filter(Console console, Workspace ws, String text) {
        return LedgerCommands.filter(LedgerCommands.unitId(console, ws, unit), LedgerCommands.ledger(console, ledger),
                LedgerCommands.status(console, status), overdue, text).withExtendedOnly(extended);
    }
}
