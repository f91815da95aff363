package org.guidancedesk.ui.deadlines;

import javafx.scene.Node;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 上报材料: reporting deadlines, their occurrences and the month calendar. */
public final class DeadlinesSection implements Section {
    private final DeadlinesViewModel vm;
    private final DeadlinesView view;

    public DeadlinesSection(UiTasks tasks, Workspace workspace) {
        this.vm = new DeadlinesViewModel(tasks, workspace);
        this.view = new DeadlinesView(vm, tasks.i18n());
    }

    DeadlinesViewModel viewModel() {
        return vm;
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void reload() {
        view.flush();
        vm.reload();
        view.focusTable();
    }

    @Override
    public void reveal(org.guidancedesk.domain.AgendaItem.Ref item) {
        vm.revealAfterReload(item.id(), item.date());
        view.showList();
    }

    @Override
    public void flush() {
        view.flush();
    }
}
