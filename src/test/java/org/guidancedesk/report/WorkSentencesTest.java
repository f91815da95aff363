package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.MeetingKind;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFigures;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.junit.jupiter.api.Test;

class WorkSentencesTest {
    static final LocalDate DAY = LocalDate.of(2023, 5, 10);

    static WorkEntry done(WorkKind kind, Set<Long> units, WorkDetails details, List<WorkFinding> findings) {
        return done(kind, DAY, 1L, units, details, findings);
    }

    static WorkEntry done(WorkKind kind, LocalDate on, long member, Set<Long> units, WorkDetails details,
                          List<WorkFinding> findings) {
        return new WorkEntry(0, kind, WorkStatus.DONE, on, null, units, false, List.of(member), null, "", "", details,
                findings, List.of());
    }

    /** Seed 000: "目前共与9家单位47位同志进行了谈话" — the talks entered one by one, nobody counting. */
    static List<WorkEntry> seedTalks() {
        return seedTalks(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), DAY, 1L);
    }

    /** The same talks with nine units of a file, on one day, by one member. */
    static List<WorkEntry> seedTalks(List<Long> units, LocalDate on, long member) {
        List<WorkEntry> log = new ArrayList<>();
        int[] perUnit = {6, 6, 5, 5, 5, 5, 5, 5, 5};
        for (int u = 0; u < perUnit.length; u++) {
            long unit = units.get(u);
            for (int p = 0; p < perUnit[u]; p++) {
                PersonLevel level = p == 0 ? PersonLevel.HEAD : PersonLevel.LEADERSHIP;
                Interviewee person = new Interviewee("同志" + u + "-" + p, unit, "", level, 1);
                log.add(done(WorkKind.TALK, on, member, Set.of(unit), new WorkDetails.Talk(List.of(person)), List.of()));
            }
        }
        // talked to a second time: counted once as a person
        Interviewee again = new Interviewee("同志0-0", units.get(0), "", PersonLevel.HEAD, 1);
        log.add(done(WorkKind.TALK, on, member, Set.of(units.get(0)), new WorkDetails.Talk(List.of(again)), List.of()));
        return log;
    }

    @Test
    void seedZerosTalksReadAsTheReportPhrasesThem() {
        WorkFigures f = WorkFigures.of(seedTalks(), DAY.minusDays(30), DAY, DAY);
        assertEquals(List.of("与9家单位47位同志进行了谈话（其中主要负责同志9人），共48人次。"),
                WorkSentences.of(f, I18n.forLanguage("zh")));
    }

    @Test
    void everyKindInItsOwnSentenceInChineseAndEnglish() {
        List<WorkEntry> log = new ArrayList<>();
        log.add(done(WorkKind.VISIT, Set.of(1L), new WorkDetails.Visit(List.of(
                new VisitedPlace("南山县", PlaceKind.CITY_COUNTY), new VisitedPlace("西岭市", PlaceKind.CITY_COUNTY),
                new VisitedPlace("桃源村", PlaceKind.VILLAGE), new VisitedPlace("红星厂", PlaceKind.ENTERPRISE),
                new VisitedPlace("纪念馆", PlaceKind.RED_SITE)), VisitMethod.UNANNOUNCED), List.of()));
        log.add(done(WorkKind.FORUM, Set.of(1L), new WorkDetails.Forum("主题教育办主任座谈会", 12, ""),
                List.of(new WorkFinding(0, "学习流于形式", 4L), new WorkFinding(0, "台账不全", null))));
        log.add(done(WorkKind.SITTING, Set.of(1L), new WorkDetails.Sitting(MeetingKind.CENTRAL_GROUP_STUDY, "", null), List.of()));
        log.add(done(WorkKind.SITTING, Set.of(2L), new WorkDetails.Sitting(MeetingKind.CENTRAL_GROUP_STUDY, "", null), List.of()));
        log.add(done(WorkKind.SITTING, Set.of(2L), new WorkDetails.Sitting(MeetingKind.DEMOCRATIC_LIFE, "", null), List.of()));
        WorkFigures f = WorkFigures.of(log, DAY, DAY, DAY);
        assertEquals(List.of("实地调研2个市（县）、1个村（社区）、1户企业、1个红色纪念场馆，其中“四不两直”1次。",
                "召开座谈会1场，12人参加。", "列席中心组学习2次、列席专题民主生活会1次。", "发现问题2个，转入整改台账1个。"),
                WorkSentences.of(f, I18n.forLanguage("zh")));
        assertEquals(List.of("Field visits to 2 cities (counties), 1 village (community), 1 enterprise, 1 red memorial site, 1 of them unannounced.",
                "1 forum held, 12 taking part.", "Central group study session attended 2 times, democratic life meeting attended 1 time.",
                "2 problems found, 1 entered in the ledger."), WorkSentences.of(f, I18n.forLanguage("en")));
    }
}
