package org.guidancedesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.DataFolder;
import org.guidancedesk.service.Workspace;

/** What the ledger's import and export commands share: opening the file, finding a unit, the ledger words. */
final class LedgerCommands {
    private LedgerCommands() {}

    /** An existing database file, or a failure naming it: a command never creates one by mistake. */
    static void mustExist(Path db) {
        if (!Files.isRegularFile(db)) {
            throw new CliFailure("cli.error.noDatabase", db);
        }
    }

    /** Opens an existing database file as of today (or the given day), to write it. */
    static Workspace open(Path db, LocalDate today) {
        mustExist(db);
        return Workspace.open(db, CliClock.asOf(today), DataFolder.backups(Cli.dataFolder()));
    }

    /**
     * Opens an existing database file as of today (or the given day) to read it, beside a
     * window that may hold it; without a data folder (it cannot be made) a file needing a
     * migration is migrated without the backup before it.
     */
    static Workspace openForReading(Path db, LocalDate today) {
        mustExist(db);
        Path backups = Cli.loadSqlite().map(DataFolder::backups).orElse(null);
        return Workspace.openForReading(db, CliClock.asOf(today), backups);
    }

    /** The unit of that name, or a usage error listing the names there are. */
    static Long unitId(Console console, Workspace ws, String name) {
        if (name == null) {
            return null;
        }
        List<Unit> units = ws.units().units();
        return units.stream().filter(u -> u.name().equals(name.strip())).map(Unit::id).findFirst()
                .orElseThrow(() -> console.usage("cli.usage.noUnit", name,
                        String.join(console.tr("cli.listSeparator"), units.stream().map(Unit::name).toList())));
    }

    /** 整治 / 整改 (or special / rectify). */
    static Ledger ledger(Console console, String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "整治", "整治台账", "special" -> Ledger.SPECIAL;
            case "整改", "整改台账", "rectify" -> Ledger.RECTIFY;
            default -> throw console.usage("cli.usage.ledger", text);
        };
    }

    static RectificationStatus status(Console console, String text) {
        if (text == null) {
            return null;
        }
        for (RectificationStatus s : RectificationStatus.values()) {
            if (s.name().equalsIgnoreCase(text.strip()) || I18n.forLanguage("zh").tr("rectStatus", s).equals(text.strip())) {
                return s;
            }
        }
        throw console.usage("cli.usage.status", text);
    }

    static LedgerFilter filter(Long unitId, Ledger ledger, RectificationStatus status, boolean overdue, String text) {
        return new LedgerFilter(unitId, ledger, null, status, null, overdue, false, text);
    }
}
