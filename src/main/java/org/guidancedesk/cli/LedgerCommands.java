package org.guidancedesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.DataFolder;
import org.guidancedesk.service.LedgerFileException;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What the ledger's import and export commands share: opening the file, finding a unit, the ledger words. */
final class LedgerCommands {
    private LedgerCommands() {}

    static void checkLanguage(CommandSpec spec, String lang) {
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be zh or en, not " + lang);
        }
    }

    /** Opens an existing database file as of today (or the given day), to write it. */
    static Workspace open(Path db, LocalDate today) throws java.io.IOException {
        return open(db, today, false);
    }

    /** Opens an existing database file as of today (or the given day), to read it beside a window that may hold it. */
    static Workspace openForReading(Path db, LocalDate today) throws java.io.IOException {
        return open(db, today, true);
    }

    private static Workspace open(Path db, LocalDate today, boolean reading) throws java.io.IOException {
        if (!Files.isRegularFile(db)) {
            throw new IllegalArgumentException("no such database file: " + db);
        }
        Path backups = DataFolder.backups(Cli.prepareDataFolder());
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = today == null ? Clock.system(zone)
                : Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);
        try {
            return reading ? Workspace.openForReading(db, clock, backups) : Workspace.open(db, clock, backups);
        } catch (StoreException e) {
            throw new IllegalStateException(I18n.forLanguage("en").tr(e.reason().messageKey(), e.args()), e);
        }
    }

    /** The unit of that name, or a usage error listing the names there are. */
    static Long unitId(CommandSpec spec, Workspace ws, String name) {
        if (name == null) {
            return null;
        }
        List<Unit> units = ws.units().units();
        return units.stream().filter(u -> u.name().equals(name.strip())).map(Unit::id).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no unit named '" + name
                        + "'; the units are: " + String.join(", ", units.stream().map(Unit::name).toList())));
    }

    /** 整治 / 整改 (or special / rectify). */
    static Ledger ledger(CommandSpec spec, String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "整治", "整治台账", "special" -> Ledger.SPECIAL;
            case "整改", "整改台账", "rectify" -> Ledger.RECTIFY;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--ledger must be 整治 (special) or 整改 (rectify), not " + text);
        };
    }

    static RectificationStatus status(CommandSpec spec, String text) {
        if (text == null) {
            return null;
        }
        for (RectificationStatus s : RectificationStatus.values()) {
            if (s.name().equalsIgnoreCase(text.strip()) || I18n.forLanguage("zh").tr("rectStatus", s).equals(text.strip())) {
                return s;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown --status " + text
                + " (use 未启动, 整改中, 已完成, 已销号, 长期坚持 or NOT_STARTED, IN_PROGRESS, COMPLETED, CLOSED, ONGOING)");
    }

    /** A file error in the chosen language. */
    static IllegalStateException fileError(LedgerFileException e, String lang) {
        return new IllegalStateException(I18n.forLanguage(lang).tr(e.messageKey(), e.args()), e);
    }

    static LedgerFilter filter(Long unitId, Ledger ledger, RectificationStatus status, boolean overdue, String text) {
        return new LedgerFilter(unitId, ledger, null, status, null, overdue, false, text);
    }
}
