package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.Week;
import org.guidancedesk.store.DeadlineRepository;
import org.guidancedesk.store.DynamicRepository;

/**
 * The large demo's reporting deadlines ({@code [deadlines.group]}, {@code [deadlines.unit]} for
 * every unit) and the group's weekly 工作动态, about 2,000 occurrences over the campaign. What fell
 * due before today was mostly sent — on the day, a day early or a few days late (迟报) — and not
 * (逾期未报) one in eight of the last three weeks, one in a hundred of the older ones; what falls
 * due today is half sent. Every 工作动态 gone by was sent and issued with the campaign week as its
 * number, as in the small demo.
 */
record LargeDemoDeadlines(Connection c, Group group, DemoCalendar calendar, Random random, Instant now,
                          DeadlineRepository deadlines) {

    /** Writes the deadlines and submissions; returns how many occurrences the rules yield. */
    static int write(Connection c, Group group, List<Unit> units, LargeDemoTexts texts, DemoCalendar calendar,
                     Random random, Instant now) throws SQLException {
        LargeDemoDeadlines d = new LargeDemoDeadlines(c, group, calendar, random, now, new DeadlineRepository());
        int occurrences = d.weeklyDynamic();
        for (String[] row : texts.rows("deadlines.group")) {
            occurrences += d.rule(row, "", Deadline.DEFAULT_RECIPIENT, group.secretaryId());
        }
        for (Unit u : units) {
            for (String[] row : texts.rows("deadlines.unit")) {
                occurrences += d.rule(row, u.name(), group.name(), u.liaisonId());
            }
        }
        new DynamicRepository().saveSettings(c, new DynamicSettings("",
                "中央主题教育领导小组办公室", "各联系单位主题教育领导小组办公室", 1));
        return occurrences;
    }

    /** 报送工作动态 every Friday by noon: every one gone by sent and issued. Returns the number of its occurrences. */
    private int weeklyDynamic() throws SQLException {
        Deadline weekly = deadlines.insert(c, new Deadline(0, "报送工作动态", LocalTime.NOON, Deadline.DEFAULT_RECIPIENT,
                group.secretaryId(), new Recurrence.Weekly(DayOfWeek.FRIDAY, calendar.start(), null),
                "每周五中午前报送本周工作动态"));
        DynamicRepository dynamic = new DynamicRepository();
        List<LocalDate> dates = weekly.dueDates(group);
        for (LocalDate due : dates) {
            if (due.isBefore(calendar.today())) {
                int number = group.campaignWeek(due);
                deadlines.saveSubmission(c, new Submission(weekly.id(), due, due, "工作动态第" + number + "期"), now);
                dynamic.insertIssue(c, number, Week.of(due), now);
            }
        }
        return dates.size();
    }

    /** A rule of the list and its submissions; returns the number of its occurrences. */
    private int rule(String[] row, String unit, String recipient, Long responsible) throws SQLException {
        Recurrence recurrence = switch (row[0]) {
            case "ONCE" -> new Recurrence.Once(calendar.day(Integer.parseInt(row[1]), Integer.parseInt(row[2])));
            case "WEEKLY" -> new Recurrence.Weekly(DayOfWeek.valueOf(row[1]), calendar.day(Integer.parseInt(row[2]), 1), null);
            case "MONTHLY" -> new Recurrence.Monthly(Integer.parseInt(row[1]), calendar.day(Integer.parseInt(row[2]), 1), null);
            default -> throw new IllegalStateException("no such rule: " + row[0]);
        };
        LocalTime time = row[3].isEmpty() ? null : LocalTime.parse(row[3]);
        Deadline d = deadlines.insert(c, new Deadline(0, unit + row[4], time, recipient, responsible, recurrence, ""));
        List<LocalDate> dates = d.dueDates(group);
        for (LocalDate due : dates) {
            submit(d, due, row[5].replace("{w}", String.valueOf(group.campaignWeek(due)))
                    .replace("{m}", String.valueOf(due.getMonthValue())));
        }
        return dates.size();
    }

    private void submit(Deadline d, LocalDate due, String sent) throws SQLException {
        LocalDate today = calendar.today();
        int r = random.nextInt(100);
        int missed = due.isBefore(today.minusWeeks(3)) ? 1 : 12;
        if (due.isAfter(today) || due.equals(today) && r < 50 || due.isBefore(today) && r < missed) {
            return;
        }
        LocalDate on = r < 17 ? due.minusDays(1) : r < 30 ? due.plusDays(1 + random.nextInt(3)) : due;
        on = DemoCalendar.min(on, today);
        deadlines.saveSubmission(c, new Submission(d.id(), due, on, sent), now);
    }
}
