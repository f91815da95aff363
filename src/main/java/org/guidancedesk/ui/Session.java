package org.guidancedesk.ui;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.checklist.ChecklistSection;
import org.guidancedesk.ui.settings.SettingsSection;

/**
 * One open file in the window: its workspace, the tasks that reach it, and its sections,
 * built the first time they are shown so start-up builds only what is seen.
 */
final class Session {
    private final Workspace workspace;
    private final UiTasks tasks;
    private final Runnable onGroupChanged;
    private final Map<SectionId, Section> sections = new EnumMap<>(SectionId.class);

    Session(Workspace workspace, UiExecutor executor, UiTasks.ErrorReporter errors, I18n i18n, Clock clock,
            Runnable onGroupChanged) {
        this.workspace = workspace;
        this.tasks = new UiTasks(executor, errors, i18n, clock);
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

    private Section create(SectionId id) {
        return switch (id) {
            case CHECKLIST -> new ChecklistSection(tasks, workspace.checklist());
            case SETTINGS -> new SettingsSection(tasks, workspace, onGroupChanged);
            default -> throw new IllegalArgumentException("section not available yet: " + id);
        };
    }
}
