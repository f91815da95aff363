package org.guidancedesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ImportChoices;
import org.guidancedesk.service.ImportDraft;
import org.guidancedesk.service.ImportOptions;
import org.guidancedesk.service.ImportPlan;
import org.guidancedesk.service.ImportPreview;
import org.guidancedesk.service.ImportProblem;
import org.guidancedesk.service.ImportResult;
import org.guidancedesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import rectifications …}: files into the database, whole or not at all. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports a file into the database.",
        subcommands = {ImportCommand.Rectifications.class, ImportCommand.Catalog.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Override
    public void run() {
        throw Console.of(spec, language).usage("cli.usage.nameImport");
    }

    /** What every import takes: the database, the file, --dry-run and the language. */
    static final class FileToImport {
        @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database file (must exist)")
        Path db;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "the file to import")
        Path in;

        @Option(names = "--dry-run", description = "check the file and report, but write nothing")
        boolean dryRun;

        @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, hidden = true)
        LocalDate today;

        @Mixin
        LanguageOption language;
    }

    /**
     * Reads a ledger file (.xlsx or .csv) with its columns recognised by their headers; rows
     * that match existing items of their unit (by 编号, else by the problem's text) update them,
     * the others are added. Prints the plan (counts, each change old → new) first; exits 0
     * having written it, or 1 with every problem by row and column on stderr and nothing written.
     */
    @Command(name = "rectifications", mixinStandardHelpOptions = true,
            description = "Imports rectification items (整改台账) from .xlsx or .csv: rows that match existing items "
                    + "update them, the others are added; all rows or none.")
    static final class Rectifications implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        FileToImport file;

        @Option(names = "--unit", paramLabel = "NAME", description = "the unit for rows without one (needed if the file has no 单位 column)")
        String unit;

        @Option(names = "--ledger", paramLabel = "整治|整改", description = "the ledger for rows without one (default: 整改)")
        String ledger;

        @Option(names = "--skip", paramLabel = "ROW", split = ",", description = "row numbers to leave out (e.g. a footnote row)")
        List<Integer> skip;

        @Option(names = "--again", description = "with --as-new: import a file that was imported before (its items are added a second time)")
        boolean again;

        @Option(names = "--as-new", description = "add every row as a new item, none compared with the ledger (no update)")
        boolean asNew;

        @Option(names = "--allow-backward", description = "let a row move an item's status back (已销号 or 已完成 → 整改中)")
        boolean allowBackward;

        @Override
        public Integer call() {
            Console console = Console.of(spec, file.language);
            I18n i18n = console.i18n();
            try (Workspace ws = LedgerCommands.open(file.db, file.today)) {
                Set<Integer> skipped = skip == null ? Set.of() : new HashSet<>(skip);
                ImportChoices choices = (asNew ? ImportChoices.AS_NEW : ImportChoices.UPDATE).withEveryBackward(allowBackward);
                ImportOptions options = new ImportOptions(LedgerCommands.unitId(console, ws, unit),
                        LedgerCommands.ledger(console, ledger), skipped, Set.of(), choices);
                ImportDraft draft = ws.ledgerImport().read(file.in);
                ImportPreview preview = ws.ledgerImport().preview(draft, draft.proposed(), options);
                if (!preview.problems().isEmpty()) {
                    for (ImportProblem p : preview.problems()) {
                        console.errLine(draft.fileName() + " " + p.describeForCommandLine(i18n));
                    }
                    console.warn("cli.import.problems", preview.problems().size(), draft.fileName());
                    return 1;
                }
                if (preview.earlier().isPresent() && !again) {
                    var e = preview.earlier().get();
                    console.errLine(draft.fileName() + " " + i18n.tr("ledgerio.earlier", i18n.longDate(
                            e.at().atZone(java.time.ZoneId.systemDefault()).toLocalDate()), e.itemCount()));
                    console.warn("cli.import.again");
                    return 1;
                }
                // Rows left out as no items (合计, 注：…) are said, so nothing disappears unseen.
                for (ImportPreview.NotData n : preview.notData()) {
                    console.line(draft.fileName() + " " + i18n.tr("ledgerio.notData." + n.kind().name(), n.number(), n.text()));
                }
                ImportPlanLines plan = new ImportPlanLines(i18n);
                plan.lines(draft.fileName(), preview.plan()).forEach(console::line);
                List<ImportPlan.Entry> held = preview.plan().held();
                if (!held.isEmpty()) {
                    held.forEach(e -> console.errLine(draft.fileName() + " " + plan.changed(e)));
                    console.warn("cli.import.held", held.size(), plan.rows(held.stream().map(ImportPlan.Entry::row).toList()));
                    return 1;
                }
                if (file.dryRun) {
                    console.say("cli.import.dryRun", preview.plan().writes(), draft.fileName());
                } else if (preview.plan().writes() == 0) {
                    console.say("cli.import.nothing", draft.fileName());
                } else {
                    ImportResult result = ws.ledgerImport().commit(preview);
                    console.say("cli.import.done", result.added().size(), result.updated().size(), draft.fileName());
                }
                return 0;
            }
        }
    }

    /**
     * Reads a catalogue workbook (as {@code export catalog} writes it) and prints what it adds,
     * changes and leaves; then writes it in one transaction after a backup, or with {@code
     * --dry-run} nothing. Every problem by sheet, row and column on stderr and nothing written
     * (exit 1). Nothing of the group is ever deleted.
     */
    @Command(name = "catalog", mixinStandardHelpOptions = true,
            description = "Imports a catalogue (.xlsx from export catalog): adds and changes phases, actions, work items, "
                    + "categories, deadlines, nodes, review kinds and rules by kind of unit; never deletes; all or nothing.")
    static final class Catalog implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        FileToImport file;

        @Override
        public Integer call() {
            Console console = Console.of(spec, file.language);
            I18n i18n = console.i18n();
            try (Workspace ws = LedgerCommands.open(file.db, file.today)) {
                ws.writeIn(i18n); // the 不适用 notes of rules the file adds, in the command's language
                org.guidancedesk.service.CatalogRead read = ws.catalogFiles().read(file.in);
                if (!read.problems().isEmpty()) {
                    read.problems().forEach(p -> console.errLine(read.fileName() + " " + p.describe(i18n)));
                    console.warn("cli.import.problems", read.problems().size(), read.fileName());
                    return 1;
                }
                org.guidancedesk.service.CatalogPlanText text = new org.guidancedesk.service.CatalogPlanText(i18n);
                org.guidancedesk.domain.CatalogPlan plan = ws.catalogFiles().plan(read);
                text.lines(plan).forEach(l -> console.line(read.fileName() + " " + l));
                if (file.dryRun) {
                    console.say("cli.import.catalogDryRun", plan.writes(), read.fileName());
                } else if (plan.writes() == 0) {
                    console.say("cli.import.catalogNothing", read.fileName());
                } else {
                    org.guidancedesk.domain.CatalogPlan done = ws.catalogFiles().commit(read);
                    console.say("cli.import.catalogDone", done.adds().size(), done.changes().size(), read.fileName());
                }
                return 0;
            }
        }
    }
}
