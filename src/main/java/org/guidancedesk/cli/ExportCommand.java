package org.guidancedesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.guidancedesk.service.ChecklistExportService;
import org.guidancedesk.service.DeadlineExportService;
import org.guidancedesk.service.LedgerFileException;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export rectifications|checklist|deadlines …}: the ledger, the 规定动作 matrix or 上报材料 as .xlsx or .csv. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports from the database to a file.",
        subcommands = {ExportCommand.Rectifications.class, ExportCommand.Checklist.class, ExportCommand.Deadlines.class,
                ExportCommand.WorkLog.class, ExportCommand.Catalog.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Override
    public void run() {
        throw Console.of(spec, language).usage("cli.usage.nameExport");
    }

    /** What one export writes, from the open file; returns the sentence that says what was written. */
    @FunctionalInterface
    private interface Writing {
        String write(Workspace ws, Console console);
    }

    /** {@code --db [--today] --out FILE.xlsx|FILE.csv} and the language: what every export takes. */
    static final class ExportOptions {
        @Mixin
        ReadOptions file;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|FILE.csv", description = "the file to write")
        Path out;

        @Mixin
        LanguageOption language;

        /** Checks --out, opens the file to read it, writes; a write failure names the file given. */
        int export(CommandSpec spec, Writing writing) {
            return export(spec, false, writing);
        }

        /** The same, the file opened for writing when the export must leave a record in it. */
        int export(CommandSpec spec, boolean recorded, Writing writing) {
            Console console = Console.of(spec, language);
            checkOut(console, out);
            try (Workspace ws = recorded ? file.openForWriting() : file.open()) {
                console.line(writing.write(ws, console));
                return 0;
            } catch (LedgerFileException e) {
                throw writeFailure(out, e);
            }
        }
    }

    /** Writes the ledger (optionally filtered) whole or not at all; .csv or .xlsx by the name. */
    @Command(name = "rectifications", mixinStandardHelpOptions = true,
            description = "Exports the rectification ledger (整改台账) to .xlsx or .csv.")
    static final class Rectifications implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ExportOptions options;

        @Mixin
        LedgerFilterOptions which;

        @Option(names = "--text", paramLabel = "WORDS", description = "only items containing these words")
        String text;

        @Override
        public Integer call() {
            return options.export(spec, (ws, console) -> console.tr("cli.export.done",
                    ws.ledgerExport().export(options.out, which.filter(console, ws, text)), options.out));
        }
    }

    /** The 规定动作 matrix (units across, actions down, each cell's state and date) as of today. */
    @Command(name = "checklist", mixinStandardHelpOptions = true,
            description = "Exports the required-actions matrix (规定动作) to .xlsx or .csv.")
    static final class Checklist implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ExportOptions options;

        @Override
        public Integer call() {
            return options.export(spec, (ws, console) -> {
                ChecklistExportService.Written w = new ChecklistExportService(ws.checklist(), console.i18n()).export(options.out);
                return console.tr("cli.export.checklistDone", w.actions(), w.units(), options.out);
            });
        }
    }

    /** Every occurrence of every reporting deadline (上报材料) with its state as of today. */
    @Command(name = "deadlines", mixinStandardHelpOptions = true,
            description = "Exports the reporting deadlines (上报材料) to .xlsx or .csv.")
    static final class Deadlines implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ExportOptions options;

        @Override
        public Integer call() {
            return options.export(spec, (ws, console) -> console.tr("cli.export.deadlinesDone",
                    new DeadlineExportService(ws.deadlines(), ws.checklist(), console.i18n()).export(options.out), options.out));
        }
    }

    /**
     * The group's work log; internal texts only with {@code --include-internal} (never a default,
     * never remembered), and such a file says so in its title and is recorded.
     */
    @Command(name = "worklog", mixinStandardHelpOptions = true,
            description = "Exports the group's work log (工作记录) to .xlsx or .csv; internal texts only when asked.")
    static final class WorkLog implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ExportOptions options;

        @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, description = "first day (yyyy-MM-dd)")
        java.time.LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class, description = "last day (yyyy-MM-dd)")
        java.time.LocalDate to;

        @Option(names = "--include-internal",
                description = "include talk notes, names talked to and covert visits (marked 内部资料 注意保密)")
        boolean includeInternal;

        @Override
        public Integer call() {
            return options.export(spec, includeInternal, (ws, console) -> {
                org.guidancedesk.service.WorkLogExportService.Written w =
                        ws.workLogExport().export(options.out, from, to, includeInternal, console.i18n());
                if (includeInternal) {
                    console.line(console.tr("cli.export.workInternal"));
                }
                return console.tr("cli.export.workDone", w.entries(), w.people(), options.out);
            });
        }
    }

    /**
     * The catalogue (phases, required actions, work items, ledger categories, reporting
     * deadlines) and the campaign's nodes, review kinds and rules by kind of unit as an .xlsx of
     * eight sheets, for another group to import (issue 17).
     */
    @Command(name = "catalog", mixinStandardHelpOptions = true,
            description = "Exports the catalogue (阶段, 规定动作, 工作事项, 台账类别, 上报材料, 三个节点, 审阅材料, 单位类型) to .xlsx, "
                    + "for import catalog.")
    static final class Catalog implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ExportOptions options;

        @Override
        public Integer call() {
            if (!options.out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw Console.of(spec, options.language).usage("cli.usage.outXlsx", options.out);
            }
            return options.export(spec, (ws, console) -> {
                org.guidancedesk.service.CatalogFileService.Written w = ws.catalogFiles().export(options.out, console.i18n());
                return console.tr("cli.export.catalogDone", w.phases(), w.actions(), w.items(), w.categories(),
                        w.deadlines(), options.out, w.nodes(), w.reviewKinds(), w.kindRules());
            });
        }
    }

    /** --out must say .xlsx or .csv (a usage error otherwise, before the file is opened). */
    private static void checkOut(Console console, Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw console.usage("cli.usage.outExt", out);
        }
    }

    /** A write failure names the file the user gave, and why (missing folder, full disk). */
    private static RuntimeException writeFailure(Path out, LedgerFileException e) {
        return e.getCause() instanceof IOException io ? Failures.writing(out, io) : e;
    }
}
