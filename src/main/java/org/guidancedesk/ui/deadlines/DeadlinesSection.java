package org.guidancedesk.ui.deadlines;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 上报材料: reporting deadlines, their occurrences and the month calendar. (Being written.) */
public final class DeadlinesSection implements Section {
    private final Label view = new Label();

    public DeadlinesSection(UiTasks tasks, Workspace workspace) {
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reload() {
    }
}
