package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;

/**
 * An entry as the add dialog or the detail pane holds it: the time as typed, and every kind's
 * own fields at once (see {@link KindFields}), so switching the kind back and forth loses
 * nothing typed. {@link #build()} makes the entry or refuses at the field that is wrong.
 *
 * @param time "9:30", or "" for none
 */
public record EntryDraft(long id, WorkKind kind, WorkStatus status, LocalDate on, String time, Set<Long> unitIds,
                         boolean forGroup, List<Long> memberIds, Long leaderId, String notes, String evidence,
                         KindFields fields, List<WorkFinding> findings, List<String> highlights) {
    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})\\s*[:：.]\\s*(\\d{2})\\s*");

    public EntryDraft {
        unitIds = Set.copyOf(unitIds);
        memberIds = List.copyOf(memberIds);
        findings = List.copyOf(findings);
        highlights = List.copyOf(highlights);
        time = time == null ? "" : time;
        notes = notes == null ? "" : notes;
        evidence = evidence == null ? "" : evidence;
    }

    /** The entry's fields as the form shows them. */
    public static EntryDraft of(WorkEntry e) {
        return new EntryDraft(e.id(), e.kind(), e.status(), e.on(), e.at() == null ? "" : e.at().toString(), e.unitIds(),
                e.forGroup(), e.memberIds(), e.leaderId(), e.notes(), e.evidence(), KindFields.of(e.details(), e.unitIds()),
                e.findings(), e.highlights());
    }

    /** The entry the draft describes; a {@link ValidationException} names the field that is wrong. */
    public WorkEntry build() {
        if (on == null) {
            throw new ValidationException("work.on", "validation.required");
        }
        if (!forGroup && unitIds.isEmpty()) {
            throw new ValidationException("work.units", "validation.unitsRequired");
        }
        LocalTime at = time(time);
        WorkDetails details = fields.details(kind, forGroup ? Set.of() : unitIds);
        return new WorkEntry(id, kind, status, on, at, forGroup ? Set.of() : unitIds, forGroup, memberIds, leaderId, notes,
                evidence, details, findings, highlights);
    }

    /** "9:30", "09:30", "9：30", "9.30"; blank is no time. */
    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        try {
            if (m.matches()) {
                return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            return LocalTime.parse(text.strip());
        } catch (java.time.DateTimeException e) {
            throw new ValidationException("work.at", "validation.time");
        }
    }

    public EntryDraft withKind(WorkKind k) {
        return new EntryDraft(id, k, status, on, time, unitIds, forGroup, memberIds, leaderId, notes, evidence, fields,
                findings, highlights);
    }

    public EntryDraft withStatus(WorkStatus s) {
        return new EntryDraft(id, kind, s, on, time, unitIds, forGroup, memberIds, leaderId, notes, evidence, fields,
                findings, highlights);
    }

    public EntryDraft withOn(LocalDate date) {
        return new EntryDraft(id, kind, status, date, time, unitIds, forGroup, memberIds, leaderId, notes, evidence, fields,
                findings, highlights);
    }

    /** The units ({@code group} false) or 本组 ({@code group} true, no units). */
    public EntryDraft withUnits(Set<Long> units, boolean group) {
        return new EntryDraft(id, kind, status, on, time, units, group, memberIds, leaderId, notes, evidence, fields,
                findings, highlights);
    }

    public EntryDraft withMembers(List<Long> members, Long leader) {
        return new EntryDraft(id, kind, status, on, time, unitIds, forGroup, members, leader, notes, evidence, fields,
                findings, highlights);
    }

    public EntryDraft withNotes(String text) {
        return new EntryDraft(id, kind, status, on, time, unitIds, forGroup, memberIds, leaderId, text, evidence, fields,
                findings, highlights);
    }

    public EntryDraft withFields(KindFields f) {
        return new EntryDraft(id, kind, status, on, time, unitIds, forGroup, memberIds, leaderId, notes, evidence, f,
                findings, highlights);
    }

    public EntryDraft withLines(List<WorkFinding> f, List<String> h) {
        return new EntryDraft(id, kind, status, on, time, unitIds, forGroup, memberIds, leaderId, notes, evidence, fields,
                f, h);
    }

    /** A whole number as typed ("1,000" too); blank gives {@code blank}. */
    static int number(String field, String text, int blank) {
        if (text == null || text.isBlank()) {
            return blank;
        }
        try {
            return Integer.parseInt(text.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "validation.wholeNumber");
        }
    }
}
