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
    /** What the file held when it was opened, shown without a second read the first time. */
    private java.util.Optional<OverviewContent> prefetched;

    /** @param navigate opens another section (an item's place is one click away) */
    public OverviewSection(UiTasks tasks, Workspace workspace, Navigator navigate) {
        this(tasks, workspace, navigate, java.util.Optional.empty());
    }

    /** @param prefetched 总览 read with the file (at start-up) and worked out, shown at the first showing */
    public OverviewSection(UiTasks tasks, Workspace workspace, Navigator navigate,
                           java.util.Optional<OverviewContent> prefetched) {
        this.vm = new OverviewViewModel(tasks, workspace);
        this.view = new OverviewView(vm, navigate, tasks.i18n());
        this.prefetched = prefetched;
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void reload() {
        if (prefetched.isPresent()) {
            vm.show(prefetched.get());
            prefetched = java.util.Optional.empty();
        } else {
            vm.reload();
        }
    }
}
