package org.guidancedesk.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 设置: the group, members, units and the action catalogue. (Being written.) */
public final class SettingsSection implements Section {
    private final Label view = new Label();

    public SettingsSection(UiTasks tasks, Workspace workspace, Runnable onGroupChanged) {
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reload() {
    }
}
