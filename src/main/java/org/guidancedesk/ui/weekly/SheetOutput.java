package org.guidancedesk.ui.weekly;


import java.awt.print.PrinterAbortException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.domain.ArchivedSheet;
import org.guidancedesk.domain.DynamicIssue;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.PdfPrinting;
import org.guidancedesk.report.RenderedSheet;
import org.guidancedesk.service.DynamicService;
import org.guidancedesk.service.WeeklyService;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * What leaves the program: export to a file, print through the system dialog, and the archive
 * of copies sent, to print or save again byte for byte. A 工作动态 that leaves is issued (its
 * 期号 given, the copy archived, {@link DynamicService#issue}) and may answer a deadline
 * ({@link IssueOffer}); a status sheet is archived. Part of {@link WeeklyViewModel}.
 */
public final class SheetOutput {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /** Hands on the sheet of the week shown, or runs {@code onFailure} when it cannot be made. */
    @FunctionalInterface
    interface SheetSource {
        void withSheet(Consumer<WeekSheet> then, Runnable onFailure);
    }

    private final UiTasks tasks;
    private final WeeklyService service;
    private final DynamicService dynamic;
    private final SheetPrinter printer;
    private final ZoneId zone;
    private final I18n i18n;
    private final Supplier<Group> group;
    private final SheetSource sheets;
    private final Consumer<DynamicIssue> issued;
    private final IssueOffer offer;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ArchiveRow> archive = FXCollections.observableArrayList();
    private Path lastFolder;

    SheetOutput(UiTasks tasks, ReportServices services, SheetPrinter printer, ZoneId zone, Supplier<Group> group,
                SheetSource sheets, Consumer<DynamicIssue> issued) {
        this.tasks = tasks;
        this.service = services.weekly();
        this.dynamic = services.dynamic();
        this.issued = issued;
        this.offer = new IssueOffer(tasks, services.deadlines(), this::info);
        this.printer = printer;
        this.zone = zone;
        this.i18n = tasks.i18n();
        this.group = group;
        this.sheets = sheets;
    }

    /** Shows the archive as read with the week. */
    void show(List<ArchivedSheet> archived) {
        archive.setAll(rows(archived));
    }

    /**
     * Writes the report to the file (nothing partial on failure), then keeps it: a 工作动态 whose
     * number is taken is refused before the file is written.
     */
    public void export(WeekSheet sheet, Path target) {
        rememberFolder(target);
        RenderedSheet r = sheet.rendered();
        String name = target.getFileName().toString();
        Consumer<Throwable> failed = e -> error(i18n.tr("weekly.exportFailed", target, describe(e)));
        checked(sheet, () -> tasks.compute(() -> writeFile(target, r.pdf()),
                written -> keep(sheet, SheetKind.EXPORT, name, () -> info(i18n.tr("weekly.exported", target))),
                failed));
    }

    /** Prints the report of the week shown; a copy actually printed is kept as printed. */
    public void print() {
        if (printing.get()) {
            return;
        }
        printing.set(true);
        sheets.withSheet(s -> checked(s, () -> printBytes(s.rendered().pdf(), s.rendered().fileName(),
                        () -> keep(s, SheetKind.PRINT, s.rendered().fileName(),
                                () -> info(i18n.tr("weekly.printed", s.rendered().fileName()))))),
                () -> printing.set(false));
    }

    /**
     * Prints an archived copy again, byte for byte. A copy that is printed (not cancelled) is
     * archived once more as printed, as the report it is, so the archive says when each paper
     * copy went out.
     */
    public void reprint(ArchiveRow row) {
        if (row == null || printing.get()) {
            return;
        }
        printing.set(true);
        ArchivedSheet a = row.sheet();
        tasks.read(() -> service.archivedPdf(a.id()), pdf -> printBytes(pdf, a.fileName(),
                () -> tasks.write(() -> service.archive(a.week(), a.report(), SheetKind.PRINT, a.fileName(), a.pages(), pdf),
                        archived -> {
                            info(i18n.tr("weekly.printed", a.fileName()));
                            reloadArchive();
                        })), e -> {
            printing.set(false);
            error(i18n.tr("weekly.print.failed", Messages.of(i18n, e)));
        });
    }

    /** Saves an archived sheet's exact bytes to another file; the archive is not changed. */
    public void saveArchivedAs(ArchiveRow row, Path target) {
        if (row == null) {
            return;
        }
        rememberFolder(target);
        long id = row.sheet().id();
        tasks.read(() -> service.archivedPdf(id), pdf -> tasks.compute(() -> writeFile(target, pdf),
                written -> info(i18n.tr("weekly.savedAs", target)),
                e -> error(i18n.tr("weekly.exportFailed", target, describe(e)))),
                e -> error(i18n.tr("weekly.exportFailed", target, describe(e))));
    }

    /** Runs {@code then} once a 工作动态's number is known to be free (a status sheet at once). */
    private void checked(WeekSheet sheet, Runnable then) {
        if (sheet.report() != ReportKind.DYNAMIC) {
            then.run();
            return;
        }
        tasks.read(() -> {
            dynamic.checkNumber(sheet.week(), sheet.issue());
            return sheet;
        }, ok -> then.run(), refused -> {
            printing.set(false);
            error(Messages.of(i18n, refused));
        });
    }

    /** Keeps the copy that left: a status sheet archived, a 工作动态 issued (and its deadline offered). */
    private void keep(WeekSheet sheet, SheetKind how, String fileName, Runnable done) {
        RenderedSheet r = sheet.rendered();
        if (sheet.report() == ReportKind.DYNAMIC) {
            tasks.write(() -> dynamic.issue(sheet.week(), sheet.issue(), how, fileName, r.pages(), r.pdf()), issue -> {
                done.run();
                issued.accept(issue.issue());
                reloadArchive();
                offer.after(issue);
            }, refused -> error(Messages.of(i18n, refused)));
        } else {
            tasks.write(() -> service.archive(sheet.week(), how, fileName, r.pages(), r.pdf()), archived -> {
                done.run();
                reloadArchive();
            });
        }
    }

    /** Opens the print dialog; {@code printed} runs once the copy was really printed. */
    private void printBytes(byte[] pdf, String fileName, Runnable printed) {
        printing.set(true);
        info(i18n.tr("weekly.print.opening"));
        printer.print(pdf, jobName(fileName), outcome -> {
            printing.set(false);
            if (outcome == PdfPrinting.Outcome.PRINTED) {
                printed.run();
            } else {
                info(i18n.tr("weekly.print.cancelled"));
            }
        }, failure -> {
            printing.set(false);
            if (failure instanceof PrinterAbortException) {
                info(i18n.tr("weekly.print.cancelled"));
            } else {
                error(printFailure(failure));
            }
        });
    }

    private String printFailure(Throwable failure) {
        return Printing.failure(i18n, failure);
    }

    private static String jobName(String fileName) {
        return fileName.endsWith(".pdf") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }

    /** Writes the whole file (nothing partial on failure); returns the file. */
    private static Path writeFile(Path target, byte[] pdf) throws IOException {
        WholeFile.write(target, pdf);
        return target;
    }

    private String describe(Throwable e) {
        if (!(e instanceof IOException)) {
            return Messages.of(i18n, e);
        }
        if (e instanceof AccessDeniedException) {
            return i18n.tr("weekly.io.accessDenied");
        }
        if (e instanceof NoSuchFileException) {
            return i18n.tr("weekly.io.noFolder");
        }
        return String.valueOf(e.getMessage());
    }

    private void rememberFolder(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            lastFolder = parent;
        }
    }

    private void reloadArchive() {
        tasks.read(service::archived, list -> archive.setAll(rows(list)));
    }

    private List<ArchiveRow> rows(List<ArchivedSheet> sheets) {
        return sheets.stream().map(this::row).toList();
    }

    private ArchiveRow row(ArchivedSheet s) {
        Week w = s.week();
        Group group = this.group.get();
        int n = group == null ? 0 : group.campaignWeek(w.monday());
        String weekLabel = n >= 1
                ? i18n.tr("weekly.archive.weekText", n, i18n.cellDate(w.monday()), i18n.cellDate(w.sunday()))
                : i18n.tr("weekly.archive.weekIso", w.toString(), i18n.cellDate(w.monday()), i18n.cellDate(w.sunday()));
        LocalDateTime at = LocalDateTime.ofInstant(s.createdAt(), zone);
        String time = i18n.tr("weekly.archive.timeText", i18n.longDate(at.toLocalDate()), HOURS_MINUTES.format(at));
        return new ArchiveRow(s, weekLabel, time, ArchiveRow.kindText(i18n, s.report(), s.kind()), s.fileName(),
                String.valueOf(s.pages()));
    }

    void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    /** The outcome of the last export or print, one sentence. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty messageIsErrorProperty() { return messageIsError.getReadOnlyProperty(); }

    /** True while a print dialog is open (or being opened). */
    public ReadOnlyBooleanProperty printingProperty() { return printing.getReadOnlyProperty(); }

    /** The offer to mark the week's 工作动态 deadline 已报, after an issue. */
    public IssueOffer offer() { return offer; }

    /** Archived sheets, newest first. */
    public ObservableList<ArchiveRow> archive() { return archive; }

    /** The folder of the last export or save, for this session; null before the first. */
    public Path lastFolder() { return lastFolder; }
}
