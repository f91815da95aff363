package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The group's work over a period, counted the way reports phrase it ("与9家单位47位同志进行了谈话
 * （其中主要负责同志3人）", "实地调研3个市（县）、2个村（社区）…，其中“四不两直”2次"). The one place the
 * counting rules live: the weekly sheet, the overview and the export all take their numbers from
 * here. Only done entries count, dated within the period and not after the sheet's day.
 *
 * @param talkUnits       distinct units whose people were talked to
 * @param talkPeople      distinct people talked to: a named person once, unnamed rows by their count
 * @param talkHeads       of those, 主要负责同志
 * @param talkTimes       人次: every row's count, repeats included
 * @param placesByKind    distinct places visited, by kind (same kind and name = same place)
 * @param visits          visit entries
 * @param unannounced     visit entries made 四不两直
 * @param forums          座谈会 held
 * @param forumPeople     their participants, added up
 * @param sittingsByKind  meetings sat in on, by kind
 * @param reminders       督促提醒 sent
 * @param findings        problems found
 * @param findingsInLedger of those, turned into ledger items
 */
public record WorkFigures(int talkUnits, int talkPeople, int talkHeads, int talkTimes, Map<PlaceKind, Integer> placesByKind,
                          int visits, int unannounced, int forums, int forumPeople, Map<MeetingKind, Integer> sittingsByKind,
                          int reminders, int findings, int findingsInLedger) {
    public WorkFigures {
        placesByKind = Map.copyOf(placesByKind);
        sittingsByKind = Map.copyOf(sittingsByKind);
    }

    /** The figures of the entries dated {@code from}…{@code to} and not after {@code asOf}. */
    public static WorkFigures of(Collection<WorkEntry> entries, LocalDate from, LocalDate to, LocalDate asOf) {
        LocalDate last = to.isAfter(asOf) ? asOf : to;
        Counter c = new Counter();
        for (WorkEntry entry : entries) {
            if (entry.countsWithin(from, last)) {
                c.add(entry);
            }
        }
        return c.figures();
    }

    /** Nothing done in the period. */
    public boolean empty() {
        return talkTimes == 0 && visits == 0 && forums == 0 && sittingsByKind.isEmpty() && reminders == 0 && findings == 0;
    }

    public int sittings() {
        return sittingsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Adds entries up, one at a time. */
    private static final class Counter {
        private final Set<Long> talkUnits = new HashSet<>();
        private final Set<Person> named = new HashSet<>();
        private final Set<Person> namedHeads = new HashSet<>();
        private int unnamed;
        private int unnamedHeads;
        private int talkTimes;
        private final Map<PlaceKind, Set<String>> places = new EnumMap<>(PlaceKind.class);
        private int visits;
        private int unannounced;
        private int forums;
        private int forumPeople;
        private final Map<MeetingKind, Integer> sittings = new EnumMap<>(MeetingKind.class);
        private int reminders;
        private int findings;
        private int findingsInLedger;

        void add(WorkEntry entry) {
            WorkDetails details = entry.details();
            if (details instanceof WorkDetails.Talk talk) {
                talk.people().forEach(this::talkedTo);
            } else if (details instanceof WorkDetails.Visit visit) {
                visited(visit);
            } else if (details instanceof WorkDetails.Forum forum) {
                forums++;
                forumPeople += forum.participants();
            } else if (details instanceof WorkDetails.Sitting sitting) {
                sittings.merge(sitting.meeting(), 1, Integer::sum);
            } else if (details instanceof WorkDetails.Reminder) {
                reminders++;
            }
            findings += entry.findings().size();
            findingsInLedger += (int) entry.findings().stream().filter(WorkFinding::turnedIntoItem).count();
        }

        private void visited(WorkDetails.Visit visit) {
            visits++;
            if (visit.method() == VisitMethod.UNANNOUNCED) {
                unannounced++;
            }
            for (VisitedPlace place : visit.places()) {
                places.computeIfAbsent(place.kind(), k -> new HashSet<>()).add(sameName(place.name()));
            }
        }

        private void talkedTo(Interviewee person) {
            talkUnits.add(person.unitId());
            talkTimes += person.count();
            boolean head = person.level() == PersonLevel.HEAD;
            if (person.named()) {
                Person who = new Person(person.unitId(), sameName(person.name()));
                named.add(who);
                if (head) {
                    namedHeads.add(who);
                }
            } else {
                unnamed += person.count();
                if (head) {
                    unnamedHeads += person.count();
                }
            }
        }

        WorkFigures figures() {
            Map<PlaceKind, Integer> placeCounts = new EnumMap<>(PlaceKind.class);
            places.forEach((kind, names) -> placeCounts.put(kind, names.size()));
            return new WorkFigures(talkUnits.size(), named.size() + unnamed, namedHeads.size() + unnamedHeads, talkTimes,
                    placeCounts, visits, unannounced, forums, forumPeople, sittings, reminders, findings, findingsInLedger);
        }
    }

    /** A named person of a unit: the same name typed with other blanks or case is the same person. */
    private record Person(long unitId, String name) {}

    private static String sameName(String name) {
        return Coverage.sameName(name);
    }
}
