package org.guidancedesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewPoint;
import org.guidancedesk.domain.ReviewResult;
import org.guidancedesk.domain.ReviewRound;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.ReviewFiles;
import org.guidancedesk.ui.SectionId;
import org.guidancedesk.ui.SyncUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 总览 and the reviews, the same file seen day by day: the group's feedback due three days after
 * 收到 is near (yellow) from the warning window's first day to its due day, late (red) the day
 * after; a unit's revision likewise by its date. The boundary days on both sides.
 */
class OverviewReviewsTest {
    /** A Friday: feedback due Monday 11-23. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);
    private static final LocalDate FEEDBACK_DUE = RECEIVED.plusDays(3);
    private static final LocalDate RESUBMIT_BY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void write() {
        file = dir.resolve("overview.db");
        try (Workspace ws = ReviewFiles.create(file, RECEIVED)) {
            long unit = ReviewFiles.unit(ws, 0);
            ws.reviews().receive(unit, ReviewFiles.kind(ws, "实施方案").id(), RECEIVED, "第一稿");
            Review topics = ws.reviews().receive(ReviewFiles.unit(ws, 1), ReviewFiles.kind(ws, "调研题目").id(),
                    RECEIVED.minusDays(2), "");
            ws.reviews().answer(topics.id(), new ReviewRound.Feedback(RECEIVED, List.of(ReviewPoint.of("题目大而空",
                    List.of("题目大而空"))), ReviewResult.REVISE, RESUBMIT_BY));
        }
    }

    /** The overview as it shows on that day, with that warning window (days). */
    private OverviewViewModel on(LocalDate day, int warnDays) {
        try (Workspace ws = ReviewFiles.open(file, day)) {
            ws.deadlines().setWarnDays(warnDays);
            List<Throwable> errors = new ArrayList<>();
            Consumer<Throwable> fail = errors::add;
            OverviewViewModel vm = new OverviewViewModel(new UiTasks(new SyncUiExecutor(), fail::accept,
                    I18n.forLanguage("zh"), ReviewFiles.at(day)), ws);
            vm.reload();
            assertEquals(List.of(), errors);
            return vm;
        }
    }

    private static OverviewViewModel.Row row(List<OverviewViewModel.Row> rows, AgendaItem.Kind kind) {
        return rows.stream().filter(r -> r.item().kind() == kind).findFirst().orElse(null);
    }

    @Test
    void feedbackIsNearUpToItsDueDayAndLateTheDayAfter() {
        OverviewViewModel received = on(RECEIVED, 3);
        OverviewViewModel.Row r = row(received.upcoming(), AgendaItem.Kind.FEEDBACK);
        assertEquals(TrafficLight.YELLOW, r.item().light(), "due in three days: within the warning window");
        assertEquals(FEEDBACK_DUE, r.item().date());
        assertEquals("待我们反馈", r.kind());
        assertEquals("南山县", r.unit());
        assertEquals("实施方案", r.title());
        assertEquals(SectionId.REVIEWS, r.target());

        assertEquals(TrafficLight.GREEN, row(on(RECEIVED, 2).upcoming(), AgendaItem.Kind.FEEDBACK).item().light(),
                "a day before the window opens: listed, not near");
        assertEquals(TrafficLight.YELLOW, row(on(FEEDBACK_DUE.minusDays(2), 2).upcoming(), AgendaItem.Kind.FEEDBACK)
                .item().light(), "the window's first day");

        OverviewViewModel dueDay = on(FEEDBACK_DUE, 3);
        assertEquals(TrafficLight.YELLOW, row(dueDay.upcoming(), AgendaItem.Kind.FEEDBACK).item().light(), "due today");
        assertEquals(null, row(dueDay.overdue(), AgendaItem.Kind.FEEDBACK));

        OverviewViewModel after = on(FEEDBACK_DUE.plusDays(1), 3);
        assertEquals(TrafficLight.RED, row(after.overdue(), AgendaItem.Kind.FEEDBACK).item().light(), "late the day after");
        assertEquals(null, row(after.upcoming(), AgendaItem.Kind.FEEDBACK));
    }

    @Test
    void aRevisionIsLateTheDayAfterItsDate() {
        OverviewViewModel dueDay = on(RESUBMIT_BY, 3);
        OverviewViewModel.Row r = row(dueDay.upcoming(), AgendaItem.Kind.RESUBMIT);
        assertEquals(TrafficLight.YELLOW, r.item().light());
        assertEquals("待单位重报", r.kind());
        assertEquals("西岭市", r.unit());
        OverviewViewModel after = on(RESUBMIT_BY.plusDays(1), 3);
        assertEquals(TrafficLight.RED, row(after.overdue(), AgendaItem.Kind.RESUBMIT).item().light());
        assertEquals(SectionId.REVIEWS, row(after.overdue(), AgendaItem.Kind.RESUBMIT).target());
    }

    @Test
    void theReviewingSoFarIsSaidInTheReportsWords() {
        OverviewViewModel vm = on(RECEIVED, 3);
        assertEquals("审阅方案材料1份，提出修改意见1条。", vm.reviewsSoFarProperty().get());
        assertTrue(on(RECEIVED.minusDays(1), 3).reviewsSoFarProperty().get().startsWith("还没有"),
                "before the first feedback");
    }
}
