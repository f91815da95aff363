package org.guidancedesk.ui.checklist;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.guidancedesk.service.ChecklistService;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 规定动作: the actions × units matrix. (Being written.) */
public final class ChecklistSection implements Section {
    private final Label view = new Label();

    public ChecklistSection(UiTasks tasks, ChecklistService service) {
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reload() {
    }
}
