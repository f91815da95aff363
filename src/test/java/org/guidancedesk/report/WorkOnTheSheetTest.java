package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group's work on the weekly sheet: counted, never typed; internal texts never printed. */
class WorkOnTheSheetTest {
    private static final LocalDate TODAY = WeeklyReportTest.TODAY;
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(17, 0).atZone(WeeklyReportTest.ZONE).toInstant(),
            WeeklyReportTest.ZONE);
    private static final String NOTE = "谈话中反映的内部情况-QX";
    private static final String NAME = "被谈话人甲乙";
    private static final String COVERT_PLACE = "暗访点位丙丁";

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, CLOCK);
        org.guidancedesk.testing.WorkLogs.clear(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private String sheetText() throws IOException {
        byte[] pdf = WeeklyPdf.render(ws.weekly().data(Week.of(TODAY)), I18n.forLanguage("zh")).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void theWeeksTalksAndVisitsAreCountedOnTheSheetWithoutTheirInternalTexts() throws IOException {
        List<Long> units = ws.units().units().stream().map(u -> u.id()).toList();
        long member = ws.groups().members().get(0).id();
        LocalDate monday = Week.of(TODAY).monday();
        for (int i = 0; i < units.size(); i++) {
            long unit = units.get(i);
            List<Interviewee> people = i == 0
                    ? List.of(new Interviewee(NAME, unit, "书记", PersonLevel.HEAD, 1), new Interviewee("", unit, "", PersonLevel.LEADERSHIP, 7))
                    : List.of(new Interviewee("", unit, "", PersonLevel.LEADERSHIP, 8));
            ws.workLog().save(new WorkEntry(0, WorkKind.TALK, WorkStatus.DONE, monday, null, Set.of(unit), false,
                    List.of(member), member, NOTE, "", new WorkDetails.Talk(people), List.of(), List.of()));
        }
        ws.workLog().save(new WorkEntry(0, WorkKind.VISIT, WorkStatus.DONE, monday.plusDays(1), null, Set.of(units.get(1)),
                false, List.of(member), member, NOTE, "", new WorkDetails.Visit(List.of(
                new VisitedPlace(COVERT_PLACE, PlaceKind.VILLAGE)), VisitMethod.COVERT), List.of(), List.of()));
        ws.workLog().save(new WorkEntry(0, WorkKind.FORUM, WorkStatus.PLANNED, Week.of(TODAY).next().monday(), null,
                Set.of(units.get(2)), false, List.of(member), null, "", "",
                new WorkDetails.Forum("青年干部座谈会", 15, ""), List.of(), List.of()));

        String text = sheetText();
        assertTrue(text.contains("与6家单位48位同志进行了谈话（其中主要负责同志1人）。"), text);
        assertTrue(text.contains("实地调研1个村（社区）。"), text);
        assertTrue(text.contains("（五）指导组工作情况"), text);
        assertTrue(text.contains("暗访1个点位"), "a covert visit says how many places only: " + text);
        assertTrue(text.contains("座谈会：青年干部座谈会（15人）"), "the planned forum under 下周安排: " + text);
        assertFalse(text.contains(NOTE), "no note");
        assertFalse(text.contains(NAME), "no name talked to");
        assertFalse(text.contains(COVERT_PLACE), "no covert place");
    }

    @Test
    void seedZerosTalksEnteredOneByOneReadOnTheSheetAsItsReportSaysThem() throws IOException {
        List<Long> units = new java.util.ArrayList<>(ws.units().units().stream().map(u -> u.id()).toList());
        for (String name : List.of("东江市", "北山县", "南江区")) {
            units.add(ws.units().add(new org.guidancedesk.domain.Unit(0, name, org.guidancedesk.domain.UnitKind.CITY, "", "", 0)).id());
        }
        long member = ws.groups().members().get(0).id();
        for (WorkEntry talk : WorkSentencesTest.seedTalks(units, Week.of(TODAY).monday(), member)) {
            ws.workLog().save(talk);
        }
        String text = sheetText();
        assertTrue(text.contains("与9家单位47位同志进行了谈话（其中主要负责同志9人），共48人次。"), "nobody typed a number");
        assertTrue(text.contains("东江省：个别谈话7人；"), "a unit's talks of one day are one clause, its people added up: " + text);
    }
}
