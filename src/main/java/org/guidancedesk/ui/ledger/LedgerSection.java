package org.guidancedesk.ui.ledger;

import javafx.scene.Node;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 整改台账: both ledgers' items, filtered, grouped, edited in place, imported and exported. */
public final class LedgerSection implements Section {
    private final LedgerViewModel vm;
    private final LedgerView view;

    public LedgerSection(UiTasks tasks, Workspace workspace) {
        this.vm = new LedgerViewModel(tasks, workspace);
        this.view = new LedgerView(vm, tasks.i18n());
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void reload() {
        view.flush();
        // What the last action did is no longer news (an undo may just have taken it back).
        vm.noticeProperty().set("");
        vm.reload();
        view.focusTable();
    }

    @Override
    public void reveal(org.guidancedesk.domain.AgendaItem.Ref item) {
        vm.selection().revealAfterReload(item.id());
    }

    @Override
    public void flush() {
        view.flush();
    }
}
