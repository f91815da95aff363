package org.guidancedesk.ui.ledger;

import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.EditingSection;
import org.guidancedesk.ui.UiTasks;

/** 整改台账: both ledgers' items, filtered, grouped, edited in place, imported and exported. */
public final class LedgerSection extends EditingSection {
    private final LedgerViewModel vm;

    public LedgerSection(UiTasks tasks, Workspace workspace) {
        this(new LedgerViewModel(tasks, workspace), tasks);
    }

    private LedgerSection(LedgerViewModel vm, UiTasks tasks) {
        super(new LedgerView(vm, tasks.i18n()));
        this.vm = vm;
    }

    @Override
    protected void read() {
        // What the last action did is no longer news (an undo may just have taken it back).
        vm.noticeProperty().set("");
        vm.reload();
    }

    @Override
    public void reveal(org.guidancedesk.domain.AgendaItem.Ref item) {
        vm.selection().revealAfterReload(item.id());
    }
}
