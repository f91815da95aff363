package org.guidancedesk.ui.reviews;

import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.EditingSection;
import org.guidancedesk.ui.UiTasks;

/** 审阅把关: the units' documents reviewed round by round — the grid, what waits, each cell's rounds. */
public final class ReviewsSection extends EditingSection {
    private final ReviewsViewModel vm;

    public ReviewsSection(UiTasks tasks, Workspace workspace) {
        this(new ReviewsViewModel(tasks, workspace));
    }

    private ReviewsSection(ReviewsViewModel vm) {
        super(new ReviewsView(vm));
        this.vm = vm;
    }

    ReviewsViewModel viewModel() {
        return vm;
    }

    @Override
    protected void read() {
        // What the last action did is no longer news (an undo may just have taken it back).
        vm.noticeProperty().set("");
        vm.reload();
    }

    @Override
    public void reveal(AgendaItem.Ref item) {
        vm.revealAfterReload(item.id());
    }
}
