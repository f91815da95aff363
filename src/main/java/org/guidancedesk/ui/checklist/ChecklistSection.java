package org.guidancedesk.ui.checklist;

import java.util.Optional;
import javafx.scene.Node;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.service.ChecklistService;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/** 规定动作: the actions × units matrix and the group's work items. */
public final class ChecklistSection implements Section {
    private final ChecklistViewModel vm;
    private final ChecklistView view;

    private Optional<Checklist> prefetched;

    /** @param prefetched the checklist already read with the file, shown without a second read */
    public ChecklistSection(UiTasks tasks, ChecklistService service, Optional<Checklist> prefetched) {
        this.vm = new ChecklistViewModel(tasks, service);
        this.view = new ChecklistView(vm);
        this.prefetched = prefetched;
    }

    /** The same, with each cell's change history one click from its side panel. */
    public ChecklistSection(UiTasks tasks, ChecklistService service, Optional<Checklist> prefetched,
                            org.guidancedesk.service.HistoryService history) {
        this(tasks, service, prefetched);
        vm.details().setHistory(history::ofCell);
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void reveal(org.guidancedesk.domain.AgendaItem.Ref item) {
        vm.revealAfterReload(new org.guidancedesk.domain.RecordKey(item.id(), item.unitId()));
    }

    @Override
    public void flush() {
        view.flush();
    }

    @Override
    public void reload() {
        view.flush();
        if (prefetched.isPresent()) {
            vm.show(prefetched.get());
            prefetched = Optional.empty();
        } else {
            vm.reload();
        }
        view.focusMatrix();
    }
}
