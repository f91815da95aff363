package org.guidancedesk.ui.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.UiTasks;

/**
 * 延期… and 退回… of the item shown: which of them it can take, what each dialog starts with,
 * and the write (off the JavaFX thread; a refusal goes back to the dialog, which stays open).
 * No scene types.
 */
public final class ItemDecisions {
    /** What the 延期 dialog holds. */
    public record ExtensionForm(LocalDate to, String reason, String approvedBy, LocalDate approvedOn) {}

    /** What the 退回 dialog holds. */
    public record SendBackForm(String reason, LocalDate on) {}

    /** How far a 延期 is proposed when no later node of the campaign is left. */
    private static final int DEFAULT_DAYS = 30;

    private final LedgerData data;
    private final LedgerList list;
    private final LedgerSelection selection;
    private final LedgerDetailModel details;
    private final LedgerFooter footer;
    private final UiTasks tasks;
    private final Workspace workspace;
    /** Who approved the last 延期 this session: the next one usually has the same approver. */
    private String lastApprover = "";

    ItemDecisions(LedgerData data, LedgerList list, LedgerSelection selection, LedgerDetailModel details,
                  LedgerFooter footer, UiTasks tasks, Workspace workspace) {
        this.data = data;
        this.list = list;
        this.selection = selection;
        this.details = details;
        this.footer = footer;
        this.tasks = tasks;
        this.workspace = workspace;
    }

    /** The item shown, or {@code null}. */
    public Rectification item() {
        LedgerRow row = selection.currentProperty().get();
        return row == null ? null : row.item();
    }

    /** Whether the item shown, the one selected, can be extended: not finished, with a due date, the file writable. */
    public boolean canExtend() {
        Rectification r = item();
        return r != null && alone() && r.due() != null && !r.status().completed();
    }

    /** Whether the item shown, the one selected, can be sent back: 已完成 or 已销号, the file writable. */
    public boolean canSendBack() {
        Rectification r = item();
        return r != null && alone() && r.status().completed();
    }

    /** A decision is about one item: the file writable and no other item selected beside the one shown. */
    private boolean alone() {
        return !footer.readOnly() && selection.ids().size() <= 1;
    }

    /**
     * The 延期 dialog's start: the first of the 三个节点 after the date in force (else a month
     * after it), no reason, the approver named last (else the group's 组长), today.
     */
    public ExtensionForm newExtension() {
        Rectification r = item();
        LocalDate from = r == null || r.due() == null ? data.today() : r.due();
        LocalDate to = data.milestones().stream().filter(d -> d.isAfter(from)).findFirst()
                .orElse(from.plusDays(DEFAULT_DAYS));
        return new ExtensionForm(to, "", lastApprover.isEmpty() ? data.approver() : lastApprover, data.today());
    }

    public SendBackForm newSendBack() {
        return new SendBackForm("", data.today());
    }

    /** "整改-004　现整改时限 12月14日", and for an item extended before, its first date on a second line. */
    public String extensionHeader() {
        Rectification r = item();
        if (r == null) {
            return "";
        }
        String header = data.i18n().tr("ledger.extend.header", data.texts().code(r), r.due() == null ? ""
                : data.texts().milestone(r.due()));
        return r.extended() ? header + "\n" + data.i18n().tr("ledger.extend.original",
                data.texts().milestone(r.originalDue())) : header;
    }

    /** "整改-002　现为“已完成”，退回后为“整改中”". */
    public String sendBackHeader() {
        Rectification r = item();
        return r == null ? "" : data.i18n().tr("ledger.sendBack.header", data.texts().code(r),
                data.texts().status(r.status()));
    }

    public I18n i18n() {
        return data.i18n();
    }

    /** Extends the item shown; {@code onDone} once stored (the item's light follows the new date). */
    public void extend(ExtensionForm f, Runnable onDone, Consumer<ValidationException> onInvalid) {
        decide(id -> workspace.ledger().extend(id, f.to(), f.reason(), f.approvedBy(), f.approvedOn()), patch -> {
            lastApprover = f.approvedBy().strip();
            footer.say("ledger.extend.done", data.texts().code(patch.item()), data.texts().milestone(f.to()));
            onDone.run();
        }, onInvalid);
    }

    /** Sends the item shown back to 整改中; {@code onDone} once stored. */
    public void sendBack(SendBackForm f, Runnable onDone, Consumer<ValidationException> onInvalid) {
        decide(id -> workspace.ledger().sendBack(id, f.reason(), f.on()), patch -> {
            footer.say("ledger.sendBack.done", data.texts().code(patch.item()));
            onDone.run();
        }, onInvalid);
    }

    /**
     * One decision on the item shown, off the JavaFX thread, what is typed in the pane saved first;
     * once stored the screen takes the patch in place, then {@code onStored}; a refusal goes to {@code onInvalid}.
     */
    private void decide(java.util.function.LongFunction<LedgerPatch> write, Consumer<LedgerPatch> onStored,
                        Consumer<ValidationException> onInvalid) {
        Rectification r = item();
        if (r == null || footer.refusedReadOnly()) {
            return;
        }
        long id = r.id();
        details.flush();
        tasks.write(() -> write.apply(id), patch -> {
            stored(id, patch);
            onStored.accept(patch);
        }, onInvalid);
    }

    private void stored(long id, LedgerPatch patch) {
        list.keep(List.of(id));
        data.apply(patch);
        details.reloadNotes(id);
    }
}
