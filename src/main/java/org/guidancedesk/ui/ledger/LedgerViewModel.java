package org.guidancedesk.ui.ledger;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerChecks;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.LedgerFileException;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;
import org.guidancedesk.ui.weekly.SheetPrinter;

/**
 * 整改台账's commands — read again, bulk status, remove, quick add, export — over the parts that
 * hold the screen's state: the loaded {@link LedgerData}, the filter bar ({@link LedgerCriteria}),
 * the listed rows ({@link LedgerList}), the selection, the saved filters and the detail pane.
 * A write applies its patch to the data; only reads replace it whole. No scene types.
 */
public final class LedgerViewModel {
    /** What the quick-add dialog holds. */
    public record QuickForm(Long unitId, Ledger ledger, String category, String problem, LedgerNode node,
                            LocalDate due, String leader, String owner) {}

    private final UiTasks tasks;
    private final Workspace workspace;
    private final LedgerData data;
    private final LedgerCriteria criteria;
    private final LedgerList list;
    private final LedgerSelection selection;
    private final SavedFilters saved;
    private final LedgerFooter footer;
    private final LedgerDetailModel details;
    private final ItemDecisions decisions;
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public LedgerViewModel(UiTasks tasks, Workspace workspace) {
        this(tasks, workspace, new LedgerData(workspace, tasks.i18n()));
    }

    /** With the data given (tests count its reads). The listeners' order matters: the list follows a change first. */
    LedgerViewModel(UiTasks tasks, Workspace workspace, LedgerData data) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.data = data;
        this.footer = new LedgerFooter(tasks.i18n(), workspace.readOnly());
        this.criteria = new LedgerCriteria(data);
        this.list = new LedgerList(data, criteria);
        this.selection = new LedgerSelection(data, list, criteria);
        this.saved = new SavedFilters(data, criteria, tasks, workspace, this::reload);
        this.details = new LedgerDetailModel(data, list, selection, footer, tasks, workspace);
        this.decisions = new ItemDecisions(data, list, selection, details, footer, tasks, workspace);
    }

    // --- reading ------------------------------------------------------------------------------------------

    /** Reads both ledgers whole (the first showing, undo, coming back); filter, selection and scroll stay. */
    public void reload() {
        tasks.read(data::load, l -> {
            data.show(l);
            loaded.set(true);
        });
    }

    /** After a write: its patch applied to the rows it touched, these ids kept listed whatever the filter. */
    private void applied(LedgerPatch patch, List<Long> keep) {
        list.keep(keep);
        data.apply(patch);
    }

    // --- bulk ---------------------------------------------------------------------------------------------

    /**
     * Sets the status of every selected item, whole or not at all; a refusal names the item.
     *
     * @param on         completion or verification date (已完成 / 已销号)
     * @param verifiedBy who verified (已销号)
     */
    public void setStatus(RectificationStatus s, LocalDate on, String verifiedBy) {
        List<Long> ids = selection.ids();
        if (ids.isEmpty() || footer.refusedReadOnly()) {
            return;
        }
        details.flush();
        footer.message().set("");
        LocalDate date = on == null ? data.today() : on;
        tasks.write(() -> workspace.ledger().setStatus(ids, s, date, verifiedBy), patch -> {
            applied(patch, ids);
            footer.say("ledger.bulk.done", ids.size(), data.texts().status(s));
        }, e -> footer.message().set(Messages.of(tasks.i18n(), e)));
    }

    /** "删除 2 项：整改-007、整治-002？…" — the codes of the selected items (the first ten). */
    public String removalQuestion() {
        List<LedgerRow> rows = selection.rows();
        if (rows.size() == 1) {
            return tasks.i18n().tr("ledger.remove.questionOne", rows.get(0).code());
        }
        String codes = rows.stream().limit(10).map(LedgerRow::code)
                .collect(Collectors.joining(tasks.i18n().tr("ledger.listSeparator")));
        if (rows.size() > 10) {
            codes = tasks.i18n().tr("ledger.remove.andMore", codes, rows.size() - 10);
        }
        return tasks.i18n().tr("ledger.remove.question", rows.size(), codes);
    }

    public void removeSelected() {
        List<Long> ids = selection.ids();
        if (ids.isEmpty() || footer.refusedReadOnly()) {
            return;
        }
        details.flush();
        footer.message().set("");
        tasks.write(() -> workspace.ledger().remove(ids), patch -> {
            selection.select(List.of(), null);
            data.apply(patch);
            footer.say("ledger.remove.done", ids.size());
        }, e -> footer.message().set(Messages.of(tasks.i18n(), e)));
    }

    // --- quick add ----------------------------------------------------------------------------------------

    /** Defaults from the filter (unit, ledger, category), then the selected item; the nearest milestone. */
    public QuickForm newForm() {
        LedgerRow c = selection.currentProperty().get();
        List<org.guidancedesk.domain.Unit> units = data.units();
        Long unitId = criteria.unitProperty().get() != null ? criteria.unitProperty().get()
                : c != null ? Long.valueOf(c.unitId()) : units.isEmpty() ? null : units.get(0).id();
        Ledger l = criteria.ledgerProperty().get() != null ? criteria.ledgerProperty().get()
                : c != null ? c.item().ledger() : Ledger.RECTIFY;
        String chosen = criteria.categoryProperty().get();
        String cat = chosen != null && data.categoriesOf(l).contains(chosen) ? chosen : "";
        return new QuickForm(unitId, l, cat, "", LedgerNode.DEADLINE, dueFor(LedgerNode.DEADLINE, null), "", "");
    }

    /** The nodes still ahead: a node already passed is not offered as a due date. */
    public List<LocalDate> upcomingMilestones() {
        return data.milestones().stream().filter(d -> !d.isBefore(data.today())).toList();
    }

    /**
     * The due date a node gives a new item: 限期 the next node; 立行立改 the next node if it is
     * within the 30 days the checks allow, else 30 days from today; 长期坚持 none (it has no
     * end). {@code otherwise} when there is no next node.
     */
    public LocalDate dueFor(LedgerNode node, LocalDate otherwise) {
        LocalDate next = upcomingMilestones().stream().findFirst().orElse(null);
        return switch (node) {
            case DEADLINE -> next != null ? next : otherwise;
            case IMMEDIATE -> {
                LocalDate latest = data.today().plusDays(LedgerChecks.IMMEDIATE_MAX_DAYS);
                yield next != null && !next.isAfter(latest) ? next : latest;
            }
            case LONG_TERM -> null;
        };
    }

    /** The item the form describes; refused on its field when incomplete. */
    Rectification build(QuickForm f) {
        if (f.unitId() == null) {
            throw new ValidationException("rectification.unit", "validation.required");
        }
        return Rectification.builder(f.ledger(), f.unitId(), data.today()).category(f.category()).problem(f.problem())
                .node(f.node()).due(f.node() == LedgerNode.LONG_TERM ? null : f.due()).leader(f.leader())
                .owner(f.owner()).build();
    }

    /** Adds the item; it is selected, kept listed whatever the filter, and scrolled to. */
    public void add(QuickForm f, Consumer<Rectification> onAdded, Consumer<ValidationException> onInvalid) {
        if (footer.refusedReadOnly()) {
            return;
        }
        Rectification item;
        try {
            item = build(f);
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        details.flush();
        tasks.write(() -> workspace.ledger().add(item), patch -> {
            Rectification added = patch.item();
            data.apply(patch);
            footer.say("ledger.add.done", data.texts().code(added));
            onAdded.accept(added);
            selection.selectItems(List.of(added.id()));
        }, onInvalid);
    }

    // --- import, export and print -------------------------------------------------------------------------

    /** A new import (its model starts from the filter's unit and ledger). */
    public ImportModel newImport() {
        return new ImportModel(criteria, this::showImported, tasks, workspace);
    }

    /** After an import: read whole (many items), the new and updated ones listed whatever the filter, selected, the first scrolled to. */
    private void showImported(org.guidancedesk.service.ImportResult result) {
        List<Long> ids = result.all().stream().map(Rectification::id).toList();
        if (result.updated().isEmpty()) {
            footer.say("ledger.import.done", result.added().size());
        } else {
            footer.say("ledger.import.doneUpdated", result.added().size(), result.updated().size());
        }
        tasks.read(data::load, l -> {
            data.show(l);
            selection.selectItems(ids);
        });
    }

    /** 打印… and 导出 PDF… of what the filter shows, through this printer. */
    public LedgerPrintout printout(SheetPrinter printer) {
        return new LedgerPrintout(criteria, data, footer, tasks, workspace, printer);
    }

    /**
     * Writes what the filter shows to the file (.xlsx, or .csv by its name), off the JavaFX
     * thread; a file that cannot be written goes to {@code onFailure} with its message.
     */
    public void export(Path out, Consumer<RuntimeException> onFailure) {
        var f = criteria.filter();
        String name = out.getFileName().toString();
        footer.message().set("");
        footer.say("ledger.export.running", name);
        tasks.read(() -> workspace.ledgerExport().export(out, f), n -> footer.say("ledger.export.done", n, name), e -> {
            footer.notice().set("");
            if (e instanceof LedgerFileException || e instanceof ValidationException) {
                onFailure.accept((RuntimeException) e);
            } else {
                tasks.report(e);
            }
        });
    }

    // --- saved filters --------------------------------------------------------------------------------------

    /** Saves the current filter under the name; refused with a message when no criterion is set. */
    public void saveFilter(String name, Consumer<ValidationException> onInvalid) {
        if (!footer.refusedReadOnly()) {
            saved.save(name, () -> footer.message().set(tasks.i18n().tr("ledger.saved.empty")), onInvalid);
        }
    }

    public void deleteFilter(String name) {
        if (!footer.refusedReadOnly()) {
            saved.delete(name);
        }
    }

    // --- the parts ------------------------------------------------------------------------------------------

    /** Whether the file can only be read: the view disables every edit, and the model refuses them. */
    public boolean readOnly() { return footer.readOnly(); }

    LocalDate today() { return data.today(); }

    String groupName() { return data.groupName(); }

    public LedgerTexts texts() { return data.texts(); }

    public javafx.collections.ObservableList<org.guidancedesk.domain.Unit> units() { return criteria.units(); }

    /** The categories of one ledger: its own list, then others its items use (the detail pane, the quick add). */
    public List<String> categoriesOf(Ledger l) { return data.categoriesOf(l); }

    LedgerData data() { return data; }

    public LedgerCriteria criteria() { return criteria; }

    public LedgerList list() { return list; }

    public LedgerSelection selection() { return selection; }

    public SavedFilters saved() { return saved; }

    public LedgerDetailModel details() { return details; }

    /** 延期… and 退回… of the item shown. */
    public ItemDecisions decisions() { return decisions; }

    /** The last refusal (a bulk change, a removal), or "". */
    public StringProperty messageProperty() { return footer.message(); }

    /** What the last action did ("已将 3 项标记为已完成"), or "". */
    public StringProperty noticeProperty() { return footer.notice(); }

    /** Whether the first read has arrived. */
    public BooleanProperty loadedProperty() { return loaded; }
}
