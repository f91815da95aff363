package org.guidancedesk.ui.worklog;

import javafx.scene.Node;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 工作记录: the group's own work — the log, each entry's pane, 全覆盖 and this week's figures. */
public final class WorkLogSection implements Section {
    private final WorkLogViewModel vm;
    private final WorkLogView view;

    public WorkLogSection(UiTasks tasks, Workspace workspace) {
        this.vm = new WorkLogViewModel(tasks, workspace);
        this.view = new WorkLogView(vm);
    }

    WorkLogViewModel viewModel() {
        return vm;
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void reload() {
        view.flush();
        vm.noticeProperty().set("");
        vm.reload();
        view.focusTable();
    }

    @Override
    public void reveal(AgendaItem.Ref item) {
        vm.revealAfterReload(item.id());
        view.showLog();
    }

    @Override
    public void flush() {
        view.flush();
    }
}
