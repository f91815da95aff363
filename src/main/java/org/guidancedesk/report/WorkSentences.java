package org.guidancedesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.MeetingKind;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.WorkFigures;
import org.guidancedesk.i18n.I18n;

/**
 * The group's work figures in the words reports use, one sentence per kind of work done:
 * "与9家单位47位同志进行了谈话（其中主要负责同志3人）。" Kinds with nothing done say nothing.
 */
public final class WorkSentences {
    private WorkSentences() {}

    /**
     * The sentences as one paragraph: run together in Chinese, spaced and each begun with a
     * capital in English (the phrases begin in lower case to follow a heading); empty if none.
     */
    public static String paragraph(WorkFigures f, I18n i18n) {
        return String.join(i18n.tr("figures.sentenceJoin"), of(f, i18n).stream().map(WorkSentences::capitalised).toList());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    public static List<String> of(WorkFigures f, I18n i18n) {
        List<String> out = new ArrayList<>();
        if (f.talkTimes() > 0) {
            String talks = i18n.tr("figures.talks", f.talkUnits(), f.talkPeople());
            if (f.talkHeads() > 0) {
                talks += i18n.tr("figures.talksHeads", f.talkHeads());
            }
            if (f.talkTimes() > f.talkPeople()) {
                talks += i18n.tr("figures.talkTimes", f.talkTimes());
            }
            out.add(talks);
        }
        if (f.visits() > 0) {
            String visits = i18n.tr("figures.visits", places(f.placesByKind(), i18n));
            if (f.unannounced() > 0) {
                visits += i18n.tr("figures.visitsUnannounced", f.unannounced());
            }
            out.add(visits);
        }
        if (f.forums() > 0) {
            out.add(i18n.tr("figures.forums", f.forums(), f.forumPeople()));
        }
        if (!f.sittingsByKind().isEmpty()) {
            List<String> sittings = new ArrayList<>();
            for (MeetingKind kind : MeetingKind.values()) {
                Integer n = f.sittingsByKind().get(kind);
                if (n != null) {
                    sittings.add(i18n.tr("figures.sitting", n, i18n.tr("meetingKind", kind)));
                }
            }
            out.add(String.join(i18n.tr("figures.separator"), sittings));
        }
        if (f.reminders() > 0) {
            out.add(i18n.tr("figures.reminders", f.reminders()));
        }
        if (f.findings() > 0) {
            out.add(i18n.tr("figures.findings", f.findings(), f.findingsInLedger()));
        }
        // A sentence starts with a capital (English); Chinese has none to make
        return out.stream().map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1) + i18n.tr("figures.sentenceEnd"))
                .toList();
    }

    /** "3个市（县）、2个村（社区）、2户企业", kinds in the reports' order. */
    private static String places(Map<PlaceKind, Integer> byKind, I18n i18n) {
        List<String> parts = new ArrayList<>();
        for (PlaceKind kind : PlaceKind.values()) {
            Integer n = byKind.get(kind);
            if (n != null) {
                parts.add(i18n.tr("figures.placeKind." + kind.name(), n));
            }
        }
        return String.join(i18n.tr("figures.separator"), parts);
    }
}
