package org.guidancedesk.ui.weekly;

import java.time.ZoneId;
import org.guidancedesk.ui.EditingSection;
import org.guidancedesk.ui.UiTasks;

/** 周报: the weekly status sheet and the 工作动态 — notes and parts, preview, print, export and the archive of copies sent. */
public final class WeeklySection extends EditingSection {
    private final WeeklyViewModel vm;

    public WeeklySection(UiTasks tasks, ReportServices services) {
        this(new WeeklyViewModel(tasks, services, Printing.system(), ZoneId.systemDefault()), tasks);
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
