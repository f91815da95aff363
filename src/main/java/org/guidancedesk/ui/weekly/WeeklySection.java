package org.guidancedesk.ui.weekly;

import java.time.ZoneId;
import org.guidancedesk.service.WeeklyService;
import org.guidancedesk.ui.EditingSection;
import org.guidancedesk.ui.UiTasks;

/** 周报: the weekly status sheet — notes, preview, print, export and the archive of sheets sent. */
public final class WeeklySection extends EditingSection {
    private final WeeklyViewModel vm;

    public WeeklySection(UiTasks tasks, WeeklyService service) {
        this(new WeeklyViewModel(tasks, service, Printing.system(), ZoneId.systemDefault()), tasks);
    }

    private WeeklySection(WeeklyViewModel vm, UiTasks tasks) {
        super(new WeeklyView(vm, tasks.i18n()));
        this.vm = vm;
    }

    @Override
    protected void read() {
        vm.reload();
    }
}
