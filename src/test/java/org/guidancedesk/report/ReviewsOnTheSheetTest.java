package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.ReviewFigures;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The week's reviewing on the weekly sheet, its own line under 一、本周工作 （五）, counted as of the sheet's day. */
class ReviewsOnTheSheetTest {
    private static final LocalDate TODAY = WeeklyReportTest.TODAY;
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(17, 0).atZone(WeeklyReportTest.ZONE).toInstant(),
            WeeklyReportTest.ZONE);

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private String sheetText(Week week, String language) throws IOException {
        byte[] pdf = WeeklyPdf.render(ws.weekly().data(week), I18n.forLanguage(language)).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void thisWeeksAndAPastWeeksReviewingAreEachOneLine() throws IOException {
        assertEquals(new ReviewFigures(2, 1, 0), new ThisWeekSection().collect(ws.weekly().data(Week.of(TODAY))).reviews(),
                "today: a 党课讲稿 approved, a unit's 调研题目 sent back to be rewritten with one point");
        assertTrue(sheetText(Week.of(TODAY), "zh").contains("审阅方案材料2份，提出修改意见1条。"));
        Week second = Week.of(DemoData.campaignStart(TODAY).plusWeeks(1));
        String past = sheetText(second, "zh");
        assertTrue(past.contains("审阅方案材料4份，提出修改意见2条，3份经多轮修改后定稿。"), past);
        assertTrue(sheetText(second, "en").contains("Reviewed4plansanddocuments,raised2pointsforrevision,3finalisedafterseveralrounds."));
    }

    @Test
    void aWeekWithNoFeedbackSaysNothingOfIt() throws IOException {
        Week before = Week.of(DemoData.campaignStart(TODAY).minusWeeks(1));
        assertTrue(new ThisWeekSection().collect(ws.weekly().data(before)).reviews().isEmpty());
        assertFalse(sheetText(Week.of(DemoData.campaignStart(TODAY).plusWeeks(2)), "zh").contains("审阅方案材料"),
                "week 3: no feedback given");
    }
}
