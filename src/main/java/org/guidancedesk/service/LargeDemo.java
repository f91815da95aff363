package org.guidancedesk.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.store.Database;

/**
 * A large synthetic group (all names fictional), to show the program keeps its speed at the
 * size of the largest real groups and beyond: forty units (省区市, 部委, 企业, 高校), a catalogue
 * of 156 required actions and 15 work items of the group, 6,000 checklist records in every state,
 * 20,000 ledger items with their progress notes in both ledgers, about 2,000 occurrences of
 * reporting deadlines and 5,000 work-log entries. Everything is drawn from one
 * {@code java.util.Random} of the seed and placed relative to {@code today} (the campaign's
 * 14th week of 26), so a seed and a day always give the same content.
 *
 * <p>It is written as the small demo is — every row through the store's repositories, each write
 * recorded in the change history under this opening's session (so no later opening's undo
 * reaches it) — but in a few large transactions instead of one per row.
 */
public final class LargeDemo {
    /** The large group's name. */
    public static final String GROUP_NAME = "中央第九指导组";
    /** The secretary, created together with the group. */
    public static final String SECRETARY = "杨帆";
    /** Campaign weeks before today's week, and the campaign's length in weeks. */
    private static final int WEEKS_BEFORE = 13;
    private static final int WEEKS = 26;

    /** How much the group holds beyond its units and catalogue. */
    public record Size(int records, int ledgerItems, int logEntries) {
        /** The size the benchmark uses: 6,000 records, 20,000 ledger items, 5,000 work-log entries. */
        public static final Size FULL = new Size(6_000, 20_000, 5_000);

        public Size {
            if (records < 0 || ledgerItems < 0 || logEntries < 0) {
                throw new IllegalArgumentException("negative size");
            }
        }
    }

    /** What was written. */
    public record Written(int units, int actions, int records, int ledgerItems, int occurrences, int logEntries) {}

    private LargeDemo() {}

    /** The first day of the campaign for a today: the Monday thirteen weeks before today's week. */
    public static LocalDate campaignStart(LocalDate today) {
        return today.with(DayOfWeek.MONDAY).minusWeeks(WEEKS_BEFORE);
    }

    /** The last day of the campaign: the Friday of its 26th week. */
    public static LocalDate campaignEnd(LocalDate today) {
        return campaignStart(today).plusWeeks(WEEKS - 1L).plusDays(4);
    }

    /**
     * Fills an empty workspace (no group yet) with the large group of {@code size}. The
     * workspace's clock must say {@code today}: it dates the rows and the change history.
     *
     * @throws IllegalStateException if the file already holds a group
     */
    public static Written write(Workspace ws, LocalDate today, long seed, Size size) {
        Random random = new Random(seed);
        LargeDemoTexts texts = LargeDemoTexts.load();
        DemoCalendar calendar = new DemoCalendar(campaignStart(today), campaignEnd(today), today);
        Group group = ws.groups().createGroup(new Group(GROUP_NAME, DemoData.CAMPAIGN, calendar.start(), calendar.end(),
                null), SECRETARY);
        Database db = ws.database();
        Instant now = Instant.now(ws.clock());
        LargeDemoPeople.Written people = db.write(c -> LargeDemoPeople.write(c, group, texts, random));
        List<RequiredAction> catalog = db.write(c -> LargeDemoCatalog.write(c, texts, calendar, random));
        List<ActionRecord> records = db.write(c -> LargeDemoRecords.write(c, group, catalog, people.units(),
                people.memberIds(), size.records(), texts, calendar, random, now));
        List<Rectification> items = db.write(c -> LargeDemoLedger.write(c, people.units(), size.ledgerItems(),
                GROUP_NAME, texts, calendar, random, now));
        ws.ledger().setMilestones(LargeDemoLedger.nodes(today));
        int occurrences = db.write(c -> LargeDemoDeadlines.write(c, group, people.units(), texts, calendar, random, now));
        int entries = db.write(c -> LargeDemoWorkLog.write(c, people.units(), people.memberIds(), catalog, records, items,
                size.logEntries(), texts, calendar, random, now));
        return new Written(people.units().size(), catalog.size(), records.size(), items.size(), occurrences, entries);
    }
}
