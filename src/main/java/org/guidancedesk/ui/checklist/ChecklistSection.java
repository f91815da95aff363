package org.guidancedesk.ui.checklist;

import javafx.scene.Node;
import org.guidancedesk.service.ChecklistService;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 规定动作: the actions × units matrix and the group's work items. */
public final class ChecklistSection implements Section {
    private final ChecklistViewModel vm;
    private final ChecklistView view;

    public ChecklistSection(UiTasks tasks, ChecklistService service) {
        this.vm = new ChecklistViewModel(tasks, service);
        this.view = new ChecklistView(vm);
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void reload() {
        view.flush();
        vm.reload();
    }
}
