package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.MeetingKind;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkKind;

/**
 * The fields of every kind of entry, as typed: the people of a talk, the places and method of a
 * visit, a forum's topic and head count, the meeting sat in on, a reminder's particulars. Only
 * those of the entry's kind are used; counts stay text until {@link #details} reads them.
 */
public record KindFields(List<PersonRow> people, List<PlaceRow> places, VisitMethod method, String topic,
                         String participants, String who, MeetingKind meeting, String meetingTitle, Long actionId,
                         String means, String to, String about, LocalDate replyDue, LocalDate repliedOn) {
    /** One person (or several of one rank) talked to; {@code unitId} null while the entry has one unit. */
    public record PersonRow(String name, Long unitId, String position, PersonLevel level, String count) {
        public PersonRow {
            name = name == null ? "" : name;
            position = position == null ? "" : position;
            count = count == null ? "" : count;
        }
    }

    /** A place visited. */
    public record PlaceRow(String name, PlaceKind kind) {
        public PlaceRow {
            name = name == null ? "" : name;
        }
    }

    public KindFields {
        people = List.copyOf(people);
        places = List.copyOf(places);
        topic = blankIfNull(topic);
        participants = blankIfNull(participants);
        who = blankIfNull(who);
        meetingTitle = blankIfNull(meetingTitle);
        means = blankIfNull(means);
        to = blankIfNull(to);
        about = blankIfNull(about);
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }

    /** Nothing typed yet: a regular visit, a 中心组学习. */
    public static KindFields empty() {
        return new KindFields(List.of(), List.of(), VisitMethod.REGULAR, "", "", "", MeetingKind.CENTRAL_GROUP_STUDY, "",
                null, "", "", "", null, null);
    }

    /**
     * The stored details as the form holds them (the other kinds' fields empty); a person of the
     * entry's only unit is held without it, so the person follows when the unit is changed.
     */
    static KindFields of(WorkDetails d, Set<Long> units) {
        Long only = units.size() == 1 ? units.iterator().next() : null;
        KindFields f = empty();
        if (d instanceof WorkDetails.Talk t) {
            List<PersonRow> rows = new ArrayList<>();
            for (Interviewee p : t.people()) {
                Long unit = only != null && only == p.unitId() ? null : p.unitId();
                rows.add(new PersonRow(p.name(), unit, p.position(), p.level(), String.valueOf(p.count())));
            }
            return f.withPeople(rows);
        }
        if (d instanceof WorkDetails.Visit v) {
            return f.withPlaces(v.places().stream().map(p -> new PlaceRow(p.name(), p.kind())).toList(), v.method());
        }
        if (d instanceof WorkDetails.Forum fo) {
            return f.withForum(fo.topic(), String.valueOf(fo.participants()), fo.who());
        }
        if (d instanceof WorkDetails.Sitting s) {
            return f.withSitting(s.meeting(), s.title(), s.actionId());
        }
        if (d instanceof WorkDetails.Reminder r) {
            return f.withReminder(r.means(), r.to(), r.about(), r.replyDue(), r.repliedOn());
        }
        return f;
    }

    /** The details of an entry of this kind about these units; refused at the field that is wrong. */
    WorkDetails details(WorkKind kind, Set<Long> units) {
        if (kind.talks()) {
            List<Interviewee> rows = new ArrayList<>();
            for (PersonRow p : people) {
                Long unit = p.unitId() != null ? p.unitId() : units.size() == 1 ? units.iterator().next() : null;
                if (unit == null) {
                    throw new ValidationException("work.people", "validation.personUnit");
                }
                rows.add(new Interviewee(p.name(), unit, p.position(), p.level() == null ? PersonLevel.OTHER : p.level(),
                        EntryDraft.number("interviewee.count", p.count(), 1)));
            }
            return new WorkDetails.Talk(rows);
        }
        return switch (kind) {
            case VISIT -> new WorkDetails.Visit(places.stream().map(p -> new VisitedPlace(p.name(),
                    p.kind() == null ? PlaceKind.OTHER : p.kind())).toList(), method == null ? VisitMethod.REGULAR : method);
            case FORUM -> new WorkDetails.Forum(topic, EntryDraft.number("work.participants", participants, 0), who);
            case SITTING -> new WorkDetails.Sitting(meeting == null ? MeetingKind.OTHER : meeting, meetingTitle, actionId);
            case REMINDER -> new WorkDetails.Reminder(means, to, about, replyDue, repliedOn);
            default -> new WorkDetails.None();
        };
    }

    public KindFields withPeople(List<PersonRow> rows) {
        return new KindFields(rows, places, method, topic, participants, who, meeting, meetingTitle, actionId, means, to,
                about, replyDue, repliedOn);
    }

    public KindFields withPlaces(List<PlaceRow> rows, VisitMethod m) {
        return new KindFields(people, rows, m, topic, participants, who, meeting, meetingTitle, actionId, means, to, about,
                replyDue, repliedOn);
    }

    public KindFields withForum(String t, String n, String w) {
        return new KindFields(people, places, method, t, n, w, meeting, meetingTitle, actionId, means, to, about, replyDue,
                repliedOn);
    }

    public KindFields withSitting(MeetingKind m, String title, Long action) {
        return new KindFields(people, places, method, topic, participants, who, m, title, action, means, to, about,
                replyDue, repliedOn);
    }

    public KindFields withReminder(String by, String whom, String what, LocalDate due, LocalDate replied) {
        return new KindFields(people, places, method, topic, participants, who, meeting, meetingTitle, actionId, by, whom,
                what, due, replied);
    }
}
