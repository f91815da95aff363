package org.guidancedesk.ui;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.guidancedesk.domain.Checklist;
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
    /** The checklist read with the file, used by the checklist's first showing only. */
    private Optional<Checklist> prefetched;
    private final Navigator navigate;

    Session(Workspace workspace, UiExecutor executor, UiExecutor work, UiTasks.ErrorReporter errors, I18n i18n, Clock clock,
            Runnable onGroupChanged, Optional<Checklist> prefetched, Navigator navigate) {
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
        return switch (id) {
            case CHECKLIST -> {
                ChecklistSection checklist = new ChecklistSection(tasks, workspace.checklist(), prefetched,
                        workspace.history());
                prefetched = Optional.empty();
                yield checklist;
            }
            case SETTINGS -> new SettingsSection(tasks, workspace, onGroupChanged);
            case WEEKLY -> new WeeklySection(tasks, ReportServices.of(workspace));
            case DEADLINES -> new DeadlinesSection(tasks, workspace);
            case OVERVIEW -> new OverviewSection(tasks, workspace, navigate);
            case LEDGER -> new LedgerSection(tasks, workspace);
            case WORKLOG -> new WorkLogSection(tasks, workspace);
            case REVIEWS -> new ReviewsSection(tasks, workspace);
        };
    }
}
