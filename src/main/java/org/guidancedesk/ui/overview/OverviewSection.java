package org.guidancedesk.ui.overview;

import javafx.scene.Node;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Navigator;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 总览: the start screen — what is overdue, what is due, this week, each unit's progress. */
public final class OverviewSection implements Section {
    private final OverviewViewModel vm;
    private final OverviewView view;

    /** @param navigate opens another section (an item's place is one click away) */
    public OverviewSection(UiTasks tasks, Workspace workspace, Navigator navigate) {
        this.vm = new OverviewViewModel(tasks, workspace);
        this.view = new OverviewView(vm, navigate, tasks.i18n());
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void reload() {
        vm.reload();
    }
}
