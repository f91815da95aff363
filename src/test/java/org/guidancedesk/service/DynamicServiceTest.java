package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.DynamicDraft;
import org.guidancedesk.domain.DynamicIssue;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.dynamic.DynamicReport;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 工作动态's numbering, its rewording kept per week, the copy archived, the deadline it answers. */
class DynamicServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Week WEEK = Week.of(TODAY);
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("d.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theDemosPastFridaysWereIssuedAsTheirWeekAndThisWeekGetsTheNextNumber() {
        List<DynamicIssue> issues = ws.dynamic().issues();
        assertEquals(List.of(1, 2, 3, 4, 5), issues.stream().map(DynamicIssue::number).toList());
        assertEquals(6, ws.dynamic().numberFor(WEEK));
        assertEquals(3, ws.dynamic().numberFor(issues.get(2).week()), "an issued week keeps its own number");
    }

    @Test
    void issuingKeepsTheNumberAndTheCopyAndOffersTheWeeksDeadline() {
        DynamicService.Issued issued = ws.dynamic().issue(WEEK, 6, SheetKind.EXPORT, "动态.pdf", 1, PDF);

        assertEquals(6, issued.issue().number());
        assertEquals(ReportKind.DYNAMIC, issued.archived().report());
        assertEquals(ReportKind.DYNAMIC, ws.weekly().archived().get(0).report());
        assertEquals("报送工作动态", issued.deadline().orElseThrow().deadline().title());
        assertEquals(LocalDate.of(2026, 12, 4), issued.deadline().orElseThrow().due());
        assertEquals(7, ws.dynamic().numberFor(WEEK.next()));

        DynamicService.Issued again = ws.dynamic().issue(WEEK, 6, SheetKind.PRINT, "动态.pdf", 1, PDF);
        assertEquals(issued.issue(), again.issue(), "printing it again is the same issue");
        assertEquals(2, ws.weekly().archived().stream().filter(a -> a.report() == ReportKind.DYNAMIC).count());

        ws.deadlines().markSubmitted(issued.deadline().get().deadline().id(), issued.deadline().get().due(), "工作动态第6期");
        assertTrue(ws.dynamic().issue(WEEK, 6, SheetKind.PRINT, "动态.pdf", 1, PDF).deadline().isEmpty(),
                "once marked 已报 it is not offered again");
    }

    @Test
    void aNumberAlreadyUsedOrAChangedNumberIsRefusedAndNothingIsWritten() {
        int archived = ws.weekly().archived().size();

        ValidationException used = assertThrows(ValidationException.class,
                () -> ws.dynamic().issue(WEEK, 3, SheetKind.EXPORT, "x.pdf", 1, PDF));
        assertEquals("dynamic.issue", used.field());
        assertEquals("validation.issueUsed", used.messageKey());
        assertEquals("期号：第3期已用于第3周的工作动态，期号不能重复使用", message(used));

        Week third = ws.dynamic().issues().get(2).week();
        ValidationException changed = assertThrows(ValidationException.class,
                () -> ws.dynamic().issue(third, 9, SheetKind.EXPORT, "x.pdf", 1, PDF));
        assertEquals("validation.weekIssued", changed.messageKey());
        assertThrows(ValidationException.class, () -> ws.dynamic().issue(WEEK, 0, SheetKind.EXPORT, "x.pdf", 1, PDF));

        assertEquals(archived, ws.weekly().archived().size());
        assertEquals(6, ws.dynamic().numberFor(WEEK));
    }

    @Test
    void aGroupContinuingASeriesStartsAtItsFirstNumber() {
        ws.dynamic().saveSettings(new DynamicSettings("东江省主题教育简报", "中央主题教育领导小组办公室", "", 40));
        assertEquals(40, ws.dynamic().numberFor(WEEK));
        assertEquals("东江省主题教育简报", ws.dynamic().settings().title());
        assertThrows(ValidationException.class, () -> new DynamicSettings("", "", "", 0));
    }

    @Test
    void aRewrittenPartIsKeptForItsWeekPrintedInPlaceAndBlankGivesTheGeneratedTextBack() {
        I18n zh = I18n.forLanguage("zh");
        DynamicDraft draft = ws.dynamic().saveText(WEEK, DynamicPart.PROBLEMS, "　　1.第一个问题。\n\n2.第二个问题。\n");
        assertEquals(1, draft.edited().size());
        assertTrue(ws.dynamic().draft(WEEK.previous()).edited().isEmpty(), "only that week");

        var parts = DynamicReport.parts(ws.weekly().data(WEEK), ws.dynamic().draft(WEEK), zh);
        assertEquals(List.of("1.第一个问题。", "2.第二个问题。"),
                parts.stream().filter(p -> p.part() == DynamicPart.PROBLEMS).findFirst().orElseThrow().paragraphs());

        assertTrue(ws.dynamic().saveText(WEEK, DynamicPart.PROBLEMS, "  \n ").edited().isEmpty());
        assertThrows(ValidationException.class,
                () -> ws.dynamic().saveText(WEEK, DynamicPart.WORK, "长".repeat(DynamicService.MAX_PART + 1)));
        assertTrue(ws.dynamic().draft(WEEK).edited().isEmpty());
    }

    private static String message(ValidationException e) {
        return org.guidancedesk.ui.Messages.of(I18n.forLanguage("zh"), e);
    }
}
