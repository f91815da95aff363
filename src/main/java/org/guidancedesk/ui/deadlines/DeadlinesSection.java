package org.guidancedesk.ui.deadlines;

import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.EditingSection;
import org.guidancedesk.ui.UiTasks;

/** 上报材料: reporting deadlines, their occurrences and the month calendar. */
public final class DeadlinesSection extends EditingSection {
    private final DeadlinesViewModel vm;
    private final DeadlinesView view;

    public DeadlinesSection(UiTasks tasks, Workspace workspace) {
        this(new DeadlinesViewModel(tasks, workspace), tasks);
    }

    private DeadlinesSection(DeadlinesViewModel vm, UiTasks tasks) {
        this(vm, new DeadlinesView(vm, tasks.i18n()));
    }

    private DeadlinesSection(DeadlinesViewModel vm, DeadlinesView view) {
        super(view);
        this.vm = vm;
        this.view = view;
    }

    DeadlinesViewModel viewModel() {
        return vm;
    }

    @Override
    protected void read() {
        vm.reload();
    }

    @Override
    public void reveal(org.guidancedesk.domain.AgendaItem.Ref item) {
        vm.revealAfterReload(item.id(), item.date());
        view.showList();
    }
}
