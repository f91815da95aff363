package org.guidancedesk.ui.weekly;

import java.time.ZoneId;
import javafx.scene.Node;
import org.guidancedesk.service.WeeklyService;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 周报: the weekly status sheet — notes, preview, print, export and the archive of sheets sent. */
public final class WeeklySection implements Section {
    private final WeeklyViewModel vm;
    private final WeeklyView view;

    public WeeklySection(UiTasks tasks, WeeklyService service) {
        this.vm = new WeeklyViewModel(tasks, service, Printing.system(), ZoneId.systemDefault());
        this.view = new WeeklyView(vm, tasks.i18n());
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

    @Override
    public void flush() {
        view.flush();
    }
}
