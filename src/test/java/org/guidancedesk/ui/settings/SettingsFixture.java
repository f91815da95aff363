package org.guidancedesk.ui.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.guidancedesk.domain.Group;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.SyncUiExecutor;
import org.guidancedesk.ui.UiTasks;

/** A group file in a temporary folder and synchronous tasks on it, in Chinese. */
final class SettingsFixture implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZONE);
    static final LocalDate START = LocalDate.of(2026, 10, 12);
    static final LocalDate END = LocalDate.of(2027, 1, 31);

    final Path file;
    Workspace ws;
    UiTasks tasks;

    SettingsFixture(Path folder) {
        file = folder.resolve("group.gdesk");
        ws = Workspace.open(file, CLOCK);
        ws.groups().createGroup(new Group("中央第十八指导组", "主题教育", START, END, null), "李明");
        tasks = tasks();
    }

    static UiTasks tasks() {
        return new UiTasks(new SyncUiExecutor(), error -> {
            throw new AssertionError(error);
        }, I18n.forLanguage("zh"), CLOCK);
    }

    /** Closes and opens the file again, as the next run of the program would. */
    Workspace reopen() {
        ws.close();
        ws = Workspace.open(file, CLOCK);
        return ws;
    }

    @Override
    public void close() {
        ws.close();
    }
}
