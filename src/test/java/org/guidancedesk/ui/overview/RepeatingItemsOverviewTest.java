package org.guidancedesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.CampaignTemplates;
import org.guidancedesk.service.NewGroup;
import org.guidancedesk.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 总览's week lists a repeating work item's occurrences: to come on its date, held on the day it was held. */
class RepeatingItemsOverviewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String STUDY = "每周开展学习交流研讨";

    @TempDir
    Path dir;

    private static List<OverviewViewModel.WeekEntry> studyThisWeek(Workspace ws) {
        OverviewContent c = OverviewContent.of(OverviewViewModel.read(ws), I18n.forLanguage("zh"));
        return c.week().stream().flatMap(d -> d.entries().stream()).filter(e -> e.text().contains(STUDY)).toList();
    }

    @Test
    void theWeeksFridayStudyIsListedThenHeld() {
        try (Workspace ws = Workspace.open(dir.resolve("2023.db"), CLOCK)) {
            ws.groups().create(new NewGroup(new Group("第三巡回督导组", "主题教育", LocalDate.of(2026, 10, 12),
                    LocalDate.of(2026, 12, 31), null), "李明", CampaignTemplates.load("2023").forBatch(""), List.of(),
                    List.of()));
            List<OverviewViewModel.WeekEntry> coming = studyThisWeek(ws);
            assertEquals(1, coming.size(), coming.toString());
            assertEquals(LocalDate.of(2026, 11, 20), coming.get(0).date());
            assertEquals(false, coming.get(0).done());
            RequiredAction study = ws.catalog().actions().stream().filter(a -> a.title().equals(STUDY)).findFirst()
                    .orElseThrow();
            ws.checklist().tickOccurrence(study.id(), LocalDate.of(2026, 11, 20), true); // held early, today
            List<OverviewViewModel.WeekEntry> held = studyThisWeek(ws);
            assertEquals(LocalDate.of(2026, 11, 18), held.get(0).date());
            assertEquals(true, held.get(0).done());
        }
    }
}
