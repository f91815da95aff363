package org.guidancedesk.report;

import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.i18n.I18n;

/**
 * An entry of the work log said in one line that may leave the file: its kind and what may be
 * printed of it. Never the notes, never the names of people talked to, never where a covert
 * visit (暗访) went — only how many.
 */
public final class WorkLine {
    private WorkLine() {}

    /** "个别谈话 3人", "实地调研：桃源村、红星厂", "座谈会：办公室主任座谈会（12人）"… */
    public static String of(WorkEntry e, I18n i18n) {
        String kind = i18n.tr("workKind", e.kind());
        WorkDetails d = e.details();
        if (d instanceof WorkDetails.Talk talk) {
            int people = talk.people().stream().mapToInt(p -> p.count()).sum();
            return i18n.tr("workLine.talk", kind, people);
        }
        if (d instanceof WorkDetails.Visit visit) {
            if (visit.method() == VisitMethod.COVERT) {
                return i18n.tr("workLine.covert", i18n.tr("visitMethod", VisitMethod.COVERT), visit.places().size());
            }
            String places = String.join(i18n.tr("sheet.nameSeparator"), visit.places().stream().map(VisitedPlace::name).toList());
            String line = i18n.tr("workLine.detail", kind, places);
            return visit.method() == VisitMethod.REGULAR ? line
                    : line + i18n.tr("workLine.method", i18n.tr("visitMethod", visit.method()));
        }
        if (d instanceof WorkDetails.Forum forum) {
            return i18n.tr("workLine.forum", kind, forum.topic(), forum.participants());
        }
        if (d instanceof WorkDetails.Sitting sitting) {
            String meeting = sitting.title().isEmpty() ? i18n.tr("meetingKind", sitting.meeting()) : sitting.title();
            return i18n.tr("workLine.detail", kind, meeting);
        }
        if (d instanceof WorkDetails.Reminder reminder) {
            return i18n.tr("workLine.detail", kind, reminder.about());
        }
        return kind;
    }

    /**
     * The entries as dated clauses ("11月30日，南山县：个别谈话 4人"), in their order; the talks of
     * one kind on one day with the same units are one clause with their people added up, so a
     * day of twelve talks in one unit is one line on the sheet, not twelve.
     */
    public static List<String> clauses(List<WorkEntry> entries, Map<Long, String> unitNames, I18n i18n) {
        Map<String, int[]> talkPeople = new java.util.LinkedHashMap<>();
        Map<String, String> clauses = new java.util.LinkedHashMap<>();
        for (WorkEntry e : entries) {
            String day = i18n.shortDate(e.on());
            String units = units(e, unitNames, i18n);
            if (e.details() instanceof WorkDetails.Talk talk) {
                String key = day + '\u0000' + units + '\u0000' + e.kind();
                int[] people = talkPeople.computeIfAbsent(key, k -> new int[1]);
                people[0] += talk.people().stream().mapToInt(p -> p.count()).sum();
                clauses.put(key, i18n.tr("sheet.thisWeek.work.line", day, units,
                        i18n.tr("workLine.talk", i18n.tr("workKind", e.kind()), people[0])));
            } else {
                clauses.put(String.valueOf(clauses.size()) + '\u0001' + e.id(), i18n.tr("sheet.thisWeek.work.line", day, units, of(e, i18n)));
            }
        }
        return List.copyOf(clauses.values());
    }

    /** The entry's units by name, or 本组. */
    public static String units(WorkEntry e, Map<Long, String> unitNames, I18n i18n) {
        if (e.forGroup()) {
            return i18n.tr("sheet.nextWeek.group");
        }
        List<String> names = unitNames.entrySet().stream().filter(u -> e.unitIds().contains(u.getKey()))
                .map(Map.Entry::getValue).toList();
        return String.join(i18n.tr("sheet.nameSeparator"), names);
    }
}
