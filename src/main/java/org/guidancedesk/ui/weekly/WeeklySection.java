package org.guidancedesk.ui.weekly;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.guidancedesk.service.WeeklyService;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 周报: the weekly status sheet. (Being written.) */
public final class WeeklySection implements Section {
    private final Label view = new Label();

    public WeeklySection(UiTasks tasks, WeeklyService service) {
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reload() {
    }
}
