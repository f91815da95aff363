package org.guidancedesk.ui;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.checklist.ChecklistSection;
import org.guidancedesk.ui.settings.SettingsSection;
import org.guidancedesk.ui.deadlines.DeadlinesSection;
import org.guidancedesk.ui.ledger.LedgerSection;
import org.guidancedesk.ui.overview.OverviewSection;
import org.guidancedesk.ui.weekly.ReportServices;
import org.guidancedesk.ui.weekly.WeeklySection;
import org.guidancedesk.ui.reviews.ReviewsSection;
import org.guidancedesk.ui.worklog.WorkLogSection;

/**
 * One open file in the window: its workspace, the tasks that reach it, and its sections,
 * built the first time they are shown so start-up builds only what is seen.
 */
final class Session {
    private final Workspace workspace;
    private final UiTasks tasks;
    private final Runnable onGroupChanged;
    private final Map<SectionId, Section> sections = new EnumMap<>(SectionId.class);
    /** What the first section shows, read with the file, used by that section's first showing only. */
    private FirstScreen prefetched;
    private final Navigator navigate;

    Session(Workspace workspace, UiExecutor executor, UiExecutor work, UiTasks.ErrorReporter errors, I18n i18n, Clock clock,
            Runnable onGroupChanged, FirstScreen prefetched, Navigator navigate) {
        this.navigate = navigate;
        this.prefetched = prefetched;
        this.workspace = workspace;
        this.tasks = new UiTasks(executor, work, errors, i18n, clock);
        this.onGroupChanged = onGroupChanged;
    }

    Workspace workspace() {
        return workspace;
    }

    UiTasks tasks() {
        return tasks;
    }

    Section section(SectionId id) {
        return sections.computeIfAbsent(id, this::create);
    }

    /** Saves what a built section still holds; a section never shown has nothing to save. */
    void flush(SectionId id) {
        Section built = id == null ? null : sections.get(id);
        if (built != null) {
            built.flush();
        }
    }

    private Section create(SectionId id) {
        // What was read with the file is for the first section built, and only then: later it may be old.
        FirstScreen first = prefetched.section() == id ? prefetched : FirstScreen.of(id);
        prefetched = FirstScreen.of(prefetched.section());
        if (first.checklist().isPresent() || first.overview().isPresent()) {
            tasks.arrivedBeforehand();
        }
        return switch (id) {
            case CHECKLIST -> new ChecklistSection(tasks, workspace.checklist(), first.checklist(), workspace.history());
            case SETTINGS -> new SettingsSection(tasks, workspace, onGroupChanged);
            case WEEKLY -> new WeeklySection(tasks, ReportServices.of(workspace));
            case DEADLINES -> new DeadlinesSection(tasks, workspace);
            case OVERVIEW -> new OverviewSection(tasks, workspace, navigate, first.overview());
            case LEDGER -> new LedgerSection(tasks, workspace);
            case WORKLOG -> new WorkLogSection(tasks, workspace);
            case REVIEWS -> new ReviewsSection(tasks, workspace);
        };
    }
}
