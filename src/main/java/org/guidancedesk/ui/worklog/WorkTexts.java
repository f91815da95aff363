package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.WorkLine;

/**
 * The section's words for what it holds: dates with their weekday, units by name or 本组, the
 * members by name, an entry's gist (what may be shown of it: never notes of a talk, never a name
 * talked to, never where a covert visit went), a ledger item's code and state.
 */
final class WorkTexts {
    private final I18n i18n;
    private final Map<Long, String> unitNames = new LinkedHashMap<>();
    private final Map<Long, String> memberNames = new LinkedHashMap<>();
    /** The day the data was read for: a reply awaited past it is said to be overdue (null: not read yet). */
    private final java.time.LocalDate today;

    WorkTexts(I18n i18n, List<Unit> units, List<Member> members, java.time.LocalDate today) {
        this.i18n = i18n;
        this.today = today;
        units.forEach(u -> unitNames.put(u.id(), u.name()));
        members.forEach(m -> memberNames.put(m.id(), m.name()));
    }

    I18n i18n() {
        return i18n;
    }

    String kind(WorkKind k) {
        return i18n.tr("workKind", k);
    }

    String status(WorkStatus s) {
        return i18n.tr("workStatus", s);
    }

    /** "11月24日 周二 09:30" */
    String date(LocalDate on, LocalTime at) {
        String day = i18n.tr("worklog.date", i18n.shortDate(on), on.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                i18n.locale()));
        return at == null ? day : i18n.tr("worklog.dateTime", day, at.toString());
    }

    /** The entry's units in the units' order ("南山县、北湖区"), or 本组. */
    String units(WorkEntry e) {
        return e.forGroup() ? i18n.tr("worklog.group") : WorkLine.units(e, unitNames, i18n);
    }

    String unit(long id) {
        return unitNames.getOrDefault(id, "");
    }

    String member(Long id) {
        return id == null ? "" : memberNames.getOrDefault(id, "");
    }

    /** "李明、王芳" */
    String members(List<Long> ids) {
        return String.join(i18n.tr("sheet.nameSeparator"), ids.stream().map(this::member).filter(n -> !n.isEmpty()).toList());
    }

    /**
     * What the list shows of an entry beyond its kind, units and date: the head count and
     * positions of a talk, the places (a covert visit's count only), a forum's topic and size,
     * the meeting, a reminder's matter and reply, or the first line of a non-internal note.
     */
    String gist(WorkEntry e) {
        WorkDetails d = e.details();
        if (d instanceof WorkDetails.Talk t) {
            int people = t.people().stream().mapToInt(Interviewee::count).sum();
            String positions = e.publicTitle();
            return positions.isEmpty() ? i18n.tr("worklog.gist.talk", people)
                    : i18n.tr("worklog.gist.talkPositions", people, positions);
        }
        if (d instanceof WorkDetails.Visit v) {
            if (v.method() == VisitMethod.COVERT) {
                return i18n.tr("worklog.gist.covert", i18n.tr("visitMethod", VisitMethod.COVERT), v.places().size());
            }
            String places = String.join(i18n.tr("sheet.nameSeparator"), v.places().stream().map(VisitedPlace::name).toList());
            return v.method() == VisitMethod.REGULAR ? places
                    : places + i18n.tr("worklog.gist.method", i18n.tr("visitMethod", v.method()));
        }
        if (d instanceof WorkDetails.Forum f) {
            return i18n.tr("worklog.gist.forum", f.topic(), f.participants());
        }
        if (d instanceof WorkDetails.Sitting s) {
            return s.title().isEmpty() ? i18n.tr("meetingKind", s.meeting()) : s.title();
        }
        if (d instanceof WorkDetails.Reminder r) {
            if (r.repliedOn() != null) {
                return i18n.tr("worklog.gist.replied", r.about(), i18n.shortDate(r.repliedOn()));
            }
            if (r.replyDue() == null) {
                return r.about();
            }
            boolean late = today != null && r.replyDue().isBefore(today);
            return i18n.tr(late ? "worklog.gist.replyOverdue" : "worklog.gist.replyDue", r.about(), i18n.shortDate(r.replyDue()));
        }
        return e.internalNotes() ? "" : firstLine(e.notes());
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    /** 整改-012 */
    String code(Rectification r) {
        return i18n.tr("ledger.code", i18n.tr("ledgerShort", r.ledger()), r.serial());
    }

    /** "整改-012 · 整改中" */
    String item(Rectification r) {
        return i18n.tr("worklog.finding.item", code(r), i18n.tr("rectStatus", r.status()));
    }

    String ledger(Ledger l) {
        return i18n.tr("ledgerName", l);
    }
}
