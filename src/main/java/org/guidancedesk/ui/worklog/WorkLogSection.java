package org.guidancedesk.ui.worklog;

import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.EditingSection;
import org.guidancedesk.ui.UiTasks;

/** 工作记录: the group's own work — the log, each entry's pane, 全覆盖 and this week's figures. */
public final class WorkLogSection extends EditingSection {
    private final WorkLogViewModel vm;
    private final WorkLogView view;

    public WorkLogSection(UiTasks tasks, Workspace workspace) {
        this(new WorkLogViewModel(tasks, workspace));
    }

    private WorkLogSection(WorkLogViewModel vm) {
        this(vm, new WorkLogView(vm));
    }

    private WorkLogSection(WorkLogViewModel vm, WorkLogView view) {
        super(view);
        this.vm = vm;
        this.view = view;
    }

    WorkLogViewModel viewModel() {
        return vm;
    }

    @Override
    protected void read() {
        // What the last action did is no longer news (an undo may just have taken it back).
        vm.noticeProperty().set("");
        vm.reload();
    }

    @Override
    public void reveal(AgendaItem.Ref item) {
        vm.revealAfterReload(item.id());
        view.showLog();
    }
}
