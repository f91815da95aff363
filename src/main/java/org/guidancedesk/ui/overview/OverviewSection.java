package org.guidancedesk.ui.overview;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.SectionId;
import org.guidancedesk.ui.UiTasks;

/** 总览: the start screen. (Being written.) */
public final class OverviewSection implements Section {
    private final Label view = new Label();

    /** @param navigate opens another section (an item's place is one click away) */
    public OverviewSection(UiTasks tasks, Workspace workspace, Consumer<SectionId> navigate) {
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reload() {
    }
}
