package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;

/**
 * The details of the large demo's work-log entries: whom a talk was with (a roster person by
 * name, or cadres and members by position), the places of a visit and how it was made, a forum's
 * topic and people, a reminder and its reply.
 */
record LargeDemoWork(LargeDemoTexts texts, Random random) {

    WorkDetails.Talk talkWith(RosterPerson p) {
        return new WorkDetails.Talk(List.of(new Interviewee(p.name(), p.unitId(), p.position(), p.level(), 1)));
    }

    /** A talk with someone not on the roster, by position; a group interview with several. */
    WorkDetails.Talk talkByPosition(Unit unit, boolean group) {
        String[] who = LargeDemoTexts.pick(texts.rows("talkedTo"), random);
        int count = group ? 5 + random.nextInt(16) : 1;
        return new WorkDetails.Talk(List.of(new Interviewee("", unit.id(), who[0], PersonLevel.valueOf(who[1]), count)));
    }

    WorkDetails.Visit visit(Unit unit) {
        List<String[]> kinds = texts.rows("placeKinds." + unit.kind());
        List<VisitedPlace> places = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (places.size() < count) {
            String[] kind = LargeDemoTexts.pick(kinds, random);
            VisitedPlace place = new VisitedPlace(texts.pick("places", random) + kind[1], PlaceKind.valueOf(kind[0]));
            if (!places.contains(place)) {
                places.add(place);
            }
        }
        int m = random.nextInt(20);
        VisitMethod method = m < 10 ? VisitMethod.REGULAR : m < 16 ? VisitMethod.UNANNOUNCED
                : m < 19 ? VisitMethod.SPOT_CHECK : VisitMethod.COVERT;
        return new WorkDetails.Visit(places, method);
    }

    WorkDetails.Forum forum() {
        List<String> topics = texts.words("forums");
        int i = random.nextInt(topics.size());
        return new WorkDetails.Forum(topics.get(i), 8 + random.nextInt(33), texts.words("forumWho").get(i));
    }

    /** A reminder sent {@code on}: answered in time, late, or (past its day) not yet. */
    WorkDetails.Reminder reminder(Unit unit, LocalDate on, LocalDate today) {
        LocalDate due = on.plusDays(3 + random.nextInt(8));
        LocalDate replied = null;
        int r = random.nextInt(100);
        if (due.isBefore(today) ? r < 85 : r < 40) {
            replied = DemoCalendar.min(today, DemoCalendar.between(random, on.plusDays(1), due.plusDays(2)));
        }
        return new WorkDetails.Reminder(texts.pick("reminderMeans", random), office(unit),
                texts.pick("reminders", random), due, replied);
    }

    /** The office named in the unit's contact ("张三（省委主题教育办）"), or the contact itself. */
    private static String office(Unit unit) {
        String contact = unit.contact();
        int open = contact.indexOf('（');
        return open >= 0 && contact.endsWith("）") ? contact.substring(open + 1, contact.length() - 1) : contact;
    }
}
