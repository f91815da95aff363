package org.guidancedesk.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One event of the group's work log (工作记录): a talk, a visit, a forum, a meeting sat in on…
 *
 * @param at         optional time of day
 * @param unitIds    the units it concerns; empty exactly when it concerns the group itself (本组)
 * @param forGroup   本组: the group's own business (a 碰头会), no unit
 * @param memberIds  the group's members who took part
 * @param leaderId   带队: one of {@code memberIds}, or {@code null}
 * @param notes      internal for talks and covert visits (never printed, never exported unless asked)
 * @param evidence   file paths or document numbers, one per line
 * @param highlights 典型做法 found, one a line
 */
public record WorkEntry(long id, WorkKind kind, WorkStatus status, LocalDate on, LocalTime at, Set<Long> unitIds,
                        boolean forGroup, List<Long> memberIds, Long leaderId, String notes, String evidence,
                        WorkDetails details, List<WorkFinding> findings, List<String> highlights) {
    public WorkEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
        DateRange.check("work.on", Objects.requireNonNull(on, "on"));
        unitIds = Set.copyOf(unitIds);
        memberIds = List.copyOf(memberIds);
        findings = List.copyOf(findings);
        highlights = highlights.stream().map(h -> Text.requiredText("work.highlight", h, Rectification.MAX_TEXT)).toList();
        notes = Text.note("work.notes", notes);
        evidence = Text.optionalText("work.evidence", evidence, Rectification.MAX_TEXT);
        if (!details.fits(kind)) {
            throw new IllegalArgumentException(details + " is not for " + kind);
        }
        if (forGroup == !unitIds.isEmpty()) {
            throw new ValidationException("work.units", forGroup ? "validation.groupOrUnits" : "validation.unitsRequired");
        }
        if (kind == WorkKind.GROUP_MEETING && !forGroup) {
            throw new ValidationException("work.units", "validation.groupMeetingIsOwn");
        }
        if (kind == WorkKind.SITTING && unitIds.size() != 1) {
            throw new ValidationException("work.units", "validation.sittingOneUnit");
        }
        if (leaderId != null && !memberIds.contains(leaderId)) {
            throw new ValidationException("work.leader", "validation.leaderTakesPart");
        }
        if (details instanceof WorkDetails.Talk talk && !forGroup) {
            for (Interviewee person : talk.people()) {
                if (!unitIds.contains(person.unitId())) {
                    throw new ValidationException("work.people", "validation.personOfAnotherUnit");
                }
            }
        }
    }

    /** Counts in the figures: done, and dated within the range (both days included). */
    public boolean countsWithin(LocalDate from, LocalDate to) {
        return status == WorkStatus.DONE && !on.isBefore(from) && !on.isAfter(to);
    }

    /** A done entry cannot be dated after today; a planned one may be. */
    public void checkAgainst(LocalDate today) {
        if (status == WorkStatus.DONE && on.isAfter(today)) {
            throw new ValidationException("work.on", "validation.doneInFuture");
        }
    }

    /**
     * What may be shown of the entry beyond its kind, in its own words: a forum's topic, the
     * meeting's title, a reminder's matter, the places of a visit (none of a covert one), the
     * positions talked to — never the notes or a name talked to. May be empty.
     */
    public String publicTitle() {
        if (details instanceof WorkDetails.Forum f) {
            return f.topic();
        }
        if (details instanceof WorkDetails.Sitting s) {
            return s.title();
        }
        if (details instanceof WorkDetails.Reminder r) {
            return r.about();
        }
        if (details instanceof WorkDetails.Visit v && v.method() != VisitMethod.COVERT) {
            return String.join("、", v.places().stream().map(VisitedPlace::name).toList());
        }
        if (details instanceof WorkDetails.Talk t) {
            return String.join("、", t.people().stream().map(Interviewee::position).filter(p -> !p.isEmpty()).distinct().toList());
        }
        return "";
    }

    /** The method of a visit, or {@code null} for other kinds. */
    public VisitMethod method() {
        return details instanceof WorkDetails.Visit visit ? visit.method() : null;
    }

    /**
     * Whether the entry's details are internal (内部) beyond its counts: a talk's notes and the
     * names of its people, everything but the kind and count of a covert visit (暗访).
     */
    public boolean internalNotes() {
        return kind.talks() || method() == VisitMethod.COVERT;
    }
}
