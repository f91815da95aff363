package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What an entry of the work log holds beyond the common fields, by its kind. */
public sealed interface WorkDetails {
    /** Whether these details fit an entry of this kind. */
    boolean fits(WorkKind kind);

    /** Kinds with nothing of their own: 进驻, 听取汇报, 查阅资料, 组内会议. */
    record None() implements WorkDetails {
        @Override
        public boolean fits(WorkKind kind) {
            return !kind.talks() && kind != WorkKind.VISIT && kind != WorkKind.FORUM && kind != WorkKind.SITTING
                    && kind != WorkKind.REMINDER;
        }
    }

    /** 个别谈话 / 分组访谈: the people talked to, at least one. */
    record Talk(List<Interviewee> people) implements WorkDetails {
        public Talk {
            people = List.copyOf(people);
            if (people.isEmpty()) {
                throw new ValidationException("work.people", "validation.talkNeedsPeople");
            }
        }

        @Override
        public boolean fits(WorkKind kind) {
            return kind.talks();
        }
    }

    /** 实地调研: the places and how they were visited. */
    record Visit(List<VisitedPlace> places, VisitMethod method) implements WorkDetails {
        public Visit {
            Objects.requireNonNull(method, "method");
            places = List.copyOf(places);
            if (places.isEmpty()) {
                throw new ValidationException("work.places", "validation.visitNeedsPlaces");
            }
        }

        @Override
        public boolean fits(WorkKind kind) {
            return kind == WorkKind.VISIT;
        }
    }

    /** 座谈会: its topic, how many took part and who they were. */
    record Forum(String topic, int participants, String who) implements WorkDetails {
        /** More than any forum room holds: a typo of 100,000 is caught. */
        public static final int MAX_PARTICIPANTS = 1_000;

        public Forum {
            topic = Text.requiredName("work.topic", topic);
            who = Text.optional("work.participantsWho", who);
            if (participants < 1 || participants > MAX_PARTICIPANTS) {
                throw new ValidationException("work.participants", "validation.countRange", 1, MAX_PARTICIPANTS);
            }
        }

        @Override
        public boolean fits(WorkKind kind) {
            return kind == WorkKind.FORUM;
        }
    }

    /**
     * 列席会议: the unit's meeting sat in on, and optionally the required action it fulfils
     * (many sittings may point at one action).
     */
    record Sitting(MeetingKind meeting, String title, Long actionId) implements WorkDetails {
        public Sitting {
            Objects.requireNonNull(meeting, "meeting");
            title = Text.optional("work.meetingTitle", title);
        }

        @Override
        public boolean fits(WorkKind kind) {
            return kind == WorkKind.SITTING;
        }
    }

    /**
     * 督促提醒: by what means (电话, 函, 提示函 with its number), to whom, about what, when a reply
     * is due and when it came ({@code null} while awaited).
     */
    record Reminder(String means, String to, String about, LocalDate replyDue, LocalDate repliedOn) implements WorkDetails {
        public Reminder {
            means = Text.optional("work.means", means);
            to = Text.optional("work.reminderTo", to);
            about = Text.requiredText("work.reminderAbout", about, Text.MAX_NAME * 5);
            if (replyDue != null) {
                DateRange.check("work.replyDue", replyDue);
            }
            if (repliedOn != null) {
                DateRange.check("work.repliedOn", repliedOn);
            }
        }

        /** A reply expected, not come, and its day passed. */
        public boolean replyOverdue(LocalDate today) {
            return replyDue != null && repliedOn == null && replyDue.isBefore(today);
        }

        @Override
        public boolean fits(WorkKind kind) {
            return kind == WorkKind.REMINDER;
        }
    }
}
