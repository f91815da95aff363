package org.guidancedesk.ui.weekly;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.guidancedesk.domain.ArchivedSheet;
import org.guidancedesk.domain.DynamicDraft;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeekNotes;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.PdfPages;
import org.guidancedesk.report.RenderedSheet;
import org.guidancedesk.report.WeeklyPdf;
import org.guidancedesk.report.dynamic.DynamicReport;
import org.guidancedesk.service.DynamicService;
import org.guidancedesk.service.WeeklyService;
import org.guidancedesk.ui.LatestOnly;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * 周报: the week shown, which of its two reports (the status sheet, the 工作动态), the secretary's
 * two notes and the 工作动态's rewritten parts (saved at once, {@link DynamicEditor}) and the
 * preview of the very PDF that prints and exports; export, print and the archive are its
 * {@link SheetOutput}.
 * All file and rendering work goes through {@link UiTasks}; printing through a {@link SheetPrinter}.
 */
public final class WeeklyViewModel {
    /** Resolution of the preview images: a little above screen size, so 100 % stays sharp. */
    public static final float PREVIEW_DPI = 110f;

    private final UiTasks tasks;
    private final WeeklyService service;
    private final DynamicService dynamic;
    private final I18n i18n;

    private final ReadOnlyObjectWrapper<Week> week = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReportKind> report = new ReadOnlyObjectWrapper<>(ReportKind.SHEET);
    private final ReadOnlyStringWrapper weekText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper showingCurrentWeek = new ReadOnlyBooleanWrapper(true);
    private final StringProperty coordination = new SimpleStringProperty("");
    private final StringProperty other = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper coordinationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper otherError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper notesEditable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pageCount = new ReadOnlyStringWrapper("");
    /** What to do while the group has nothing to report (no units yet); empty otherwise. */
    private final ReadOnlyStringWrapper emptyHint = new ReadOnlyStringWrapper("");
    private final SheetOutput output;
    private final DynamicEditor editor;

    /** The week the two texts belong to; null until a week's notes were read. */
    private Week notesWeek;
    /** The notes last sent to the file for {@link #notesWeek} (what the file holds once the write is done). */
    private WeekNotes submitted;
    private Group group;

    /**
     * Previews of what was just typed: every change the preview must follow (a save, a reload,
     * another week) requests one; the newest request wins, older results are dropped.
     */
    private final LatestOnly renders = new LatestOnly();

    public WeeklyViewModel(UiTasks tasks, ReportServices services, SheetPrinter printer, ZoneId zone) {
        this.tasks = tasks;
        this.service = services.weekly();
        this.dynamic = services.dynamic();
        this.i18n = tasks.i18n();
        this.editor = new DynamicEditor(tasks, dynamic, this::requestRender);
        this.output = new SheetOutput(tasks, services, printer, zone, () -> group, this::withSheet, editor::issued);
        week.set(service.currentWeek());
        weekText.set(weekText(week.get()));
    }

    // ---- loading and weeks ------------------------------------------------------------------

    /** Reads the shown week's data and notes, and the archive, then renders the preview. */
    public void reload() {
        load(week.get());
    }

    public void previousWeek() {
        showWeek(week.get().previous());
    }

    public void nextWeek() {
        showWeek(week.get().next());
    }

    public void thisWeek() {
        showWeek(service.currentWeek());
    }

    /** Saves the text still pending for the week shown, then shows the other week. */
    public void showWeek(Week other) {
        if (other == null || other.equals(week.get())) {
            return;
        }
        submitNotes(); // the other week's load renders next
        editor.saveAll();
        editor.leaving();
        week.set(other);
        weekText.set(weekText(other));
        showingCurrentWeek.set(other.equals(service.currentWeek()));
        notesEditable.set(false);
        load(other);
    }

    private void load(Week w) {
        showingCurrentWeek.set(w.equals(service.currentWeek()));
        tasks.read(() -> {
            WeeklyData data = service.data(w);
            return new Loaded(data, service.archived(), editor.read(w, data));
        }, loaded -> apply(w, loaded));
        requestRender();
    }

    private record Loaded(WeeklyData data, List<ArchivedSheet> archived, DynamicEditor.Inputs dynamic) {}

    /** Shows the status sheet or the 工作动态 of the week; the texts typed are kept. */
    public void showReport(ReportKind kind) {
        if (kind == null || kind == report.get()) {
            return;
        }
        saveNotes();
        editor.saveAll();
        report.set(kind);
        requestRender();
    }

    /** The number typed for the 工作动态 was confirmed: the preview shows it. */
    public void numberChanged() {
        editor.number();
        requestRender();
    }

    private void apply(Week w, Loaded loaded) {
        if (!w.equals(week.get())) {
            return; // the user has moved on; that week's load follows
        }
        group = loaded.data().checklist().group();
        emptyHint.set(loaded.data().checklist().units().isEmpty() ? i18n.tr("empty.weekly") : "");
        weekText.set(weekText(w));
        output.show(loaded.archived());
        editor.show(w, loaded.dynamic());
        WeekNotes stored = loaded.data().notes();
        if (!w.equals(notesWeek)) {
            notesWeek = w;
            submitted = stored;
            setTexts(stored);
            coordinationError.set("");
            otherError.set("");
        } else if (!stored.equals(submitted) && !hasLocalEdits()) {
            submitted = stored; // changed elsewhere (another window, the command line)
            setTexts(stored);
        }
        notesEditable.set(true);
    }

    private void setTexts(WeekNotes notes) {
        if (!coordination.get().equals(notes.coordination())) {
            coordination.set(notes.coordination());
        }
        if (!other.get().equals(notes.other())) {
            other.set(notes.other());
        }
    }

    private boolean hasLocalEdits() {
        try {
            return !new WeekNotes(notesWeek, coordination.get(), other.get()).equals(submitted);
        } catch (ValidationException e) {
            return true;
        }
    }

    private String weekText(Week w) {
        int n = group == null ? 0 : group.campaignWeek(w.monday());
        return n >= 1
                ? i18n.tr("weekly.week", n, i18n.longDate(w.monday()), i18n.shortDate(w.sunday()))
                : i18n.tr("weekly.weekIso", w.toString(), i18n.longDate(w.monday()), i18n.shortDate(w.sunday()));
    }

    // ---- notes ------------------------------------------------------------------------------

    /**
     * Saves the two texts for their week when they changed; a text that breaks a rule is shown
     * next to its field and nothing is saved. Safe to call often (the view calls it after a
     * pause in typing, when focus leaves, and before the section is left).
     */
    public void saveNotes() {
        if (submitNotes()) {
            requestRender(); // its read waits behind the write on the database thread
        }
    }

    /** Sends the two texts to the file when they changed; whether it did. */
    private boolean submitNotes() {
        if (notesWeek == null) {
            return false;
        }
        WeekNotes next;
        try {
            next = new WeekNotes(notesWeek, coordination.get(), other.get());
        } catch (ValidationException e) {
            showInvalid(e);
            return false;
        }
        coordinationError.set("");
        otherError.set("");
        if (next.equals(submitted)) {
            return false;
        }
        WeekNotes before = submitted;
        submitted = next;
        tasks.write(() -> service.saveNotes(next), saved -> { }, invalid -> {
            if (next.equals(submitted)) {
                submitted = before;
            }
            showInvalid(invalid);
        });
        return true;
    }

    /** "需要协调解决的问题：不能超过 20000 个字", next to the field it concerns. */
    private void showInvalid(ValidationException e) {
        (e.field().endsWith(".other") ? otherError : coordinationError).set(Messages.of(i18n, e));
    }

    // ---- preview ----------------------------------------------------------------------------

    /**
     * Renders the week shown: the data read on the database thread, the PDF rendered beside
     * it (a long render never holds up a tick); a newer request makes an older one's result
     * stale, and of the requests made while one renders only the newest is rendered next.
     */
    private void requestRender() {
        renders.request(turn -> {
            rendering.set(true);
            Week w = week.get();
            ReportKind kind = report.get();
            Integer number = numberOf(kind);
            Consumer<Throwable> failed = e -> {
                if (turn.current()) {
                    output.error(i18n.tr("weekly.preview.failed", Messages.of(i18n, e)));
                }
                ended(turn);
            };
            try {
                tasks.read(() -> source(w, kind), source -> {
                    try {
                        tasks.compute(() -> renderPreview(render(w, kind, number, source)), shown -> {
                            if (turn.current() && shown.shown().shows(week.get(), report.get(), numberOf(report.get()))) {
                                preview.set(shown);
                                pageCount.set(i18n.tr("weekly.preview.pages", shown.sheet().pages()));
                                turn.shown();
                            }
                            ended(turn);
                        }, failed);
                    } catch (RejectedExecutionException closing) {
                        ended(turn);
                    }
                }, failed);
            } catch (RejectedExecutionException closing) {
                // The file is being closed (the last note was saved on the way out): nothing left to show.
                ended(turn);
            }
        });
    }

    private void ended(LatestOnly.Turn turn) {
        turn.end();
        rendering.set(renders.busy());
    }

    /** What a report of the week is made from: the week's data, and for a 工作动态 its draft and masthead. */
    private record Source(WeeklyData data, DynamicDraft draft, DynamicSettings settings) {}

    /** On the database thread. */
    private Source source(Week w, ReportKind kind) {
        WeeklyData data = service.data(w);
        return kind == ReportKind.DYNAMIC
                ? new Source(data, dynamic.draft(w), dynamic.settings())
                : new Source(data, null, null);
    }

    /** Off the JavaFX thread: the one way each report becomes its PDF, for preview, print and export. */
    private WeekSheet render(Week w, ReportKind kind, Integer number, Source source) {
        return kind == ReportKind.DYNAMIC
                ? new WeekSheet(w, DynamicReport.pdf(source.data(), source.draft(), source.settings(), number, i18n),
                        kind, number)
                : WeekSheet.statusSheet(w, WeeklyPdf.render(source.data(), i18n));
    }

    /** The 期号 a report carries: the one typed for a 工作动态, none for the status sheet. */
    private Integer numberOf(ReportKind kind) {
        return kind == ReportKind.DYNAMIC ? editor.number() : null;
    }

    private static Preview renderPreview(WeekSheet sheet) {
        return new Preview(sheet, PdfPages.render(sheet.rendered().pdf(), PREVIEW_DPI));
    }

    private boolean previewIsFresh(ReportKind kind, Integer number) {
        Preview p = preview.get();
        return p != null && p.shown().shows(week.get(), kind, number) && renders.upToDate();
    }

    /**
     * Hands on the sheet of the week shown, with every typed text saved in it: the previewed
     * PDF itself when it is up to date, else one rendered afresh (after the pending saves),
     * read on the database thread and rendered off it.
     */
    public void withSheet(Consumer<WeekSheet> then) {
        withSheet(then, () -> { });
    }

    void withSheet(Consumer<WeekSheet> then, Runnable onFailure) {
        saveNotes();
        editor.saveAll();
        Week w = week.get();
        ReportKind kind = report.get();
        Integer number = numberOf(kind);
        if (kind == ReportKind.DYNAMIC && number == null) {
            onFailure.run();
            output.error(editor.numberErrorProperty().get());
            return;
        }
        if (previewIsFresh(kind, number)) {
            then.accept(preview.get().shown());
            return;
        }
        Consumer<Throwable> failed = e -> {
            onFailure.run();
            output.error(i18n.tr("weekly.preview.failed", Messages.of(i18n, e)));
        };
        tasks.read(() -> source(w, kind),
                source -> tasks.compute(() -> render(w, kind, number, source), then, failed), failed);
    }

    /** Prints the sheet of the week shown (see {@link SheetOutput#print()}). */
    public void print() {
        output.print();
    }

    /** Export, print, the archive and their messages. */
    public SheetOutput output() {
        return output;
    }

    // ---- properties ---------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Week> weekProperty() { return week.getReadOnlyProperty(); }

    /** 第6周 · 2026年11月23日—11月29日 */
    public ReadOnlyStringProperty weekTextProperty() { return weekText.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty showingCurrentWeekProperty() { return showingCurrentWeek.getReadOnlyProperty(); }

    /** 需要协调解决的问题, as typed. */
    public StringProperty coordinationProperty() { return coordination; }

    /** What to do while the group has nothing to report (no units yet); empty otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty emptyHintProperty() { return emptyHint.getReadOnlyProperty(); }

    /** 其他说明, as typed. */
    public StringProperty otherProperty() { return other; }

    public ReadOnlyStringProperty coordinationErrorProperty() { return coordinationError.getReadOnlyProperty(); }

    public ReadOnlyStringProperty otherErrorProperty() { return otherError.getReadOnlyProperty(); }

    /** False while another week's notes are being read (typing then would land in the wrong week). */
    public ReadOnlyBooleanProperty notesEditableProperty() { return notesEditable.getReadOnlyProperty(); }

    /** The last finished preview; kept while the next one renders. */
    public ReadOnlyObjectProperty<Preview> previewProperty() { return preview.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty renderingProperty() { return rendering.getReadOnlyProperty(); }

    /** 共 1 页 */
    public ReadOnlyStringProperty pageCountProperty() { return pageCount.getReadOnlyProperty(); }

    public Week week() { return week.get(); }

    /** The report shown: the status sheet or the 工作动态. */
    public ReadOnlyObjectProperty<ReportKind> reportProperty() { return report.getReadOnlyProperty(); }

    /** The 工作动态's parts and 期号 for the week shown. */
    public DynamicEditor dynamic() { return editor; }

    public Preview preview() { return preview.get(); }
}
