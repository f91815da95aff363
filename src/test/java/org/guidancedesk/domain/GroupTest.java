package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GroupTest {
    /** A Wednesday, so the campaign's first week is a short one. */
    private static final LocalDate START = LocalDate.of(2026, 10, 21);
    private static final LocalDate END = LocalDate.of(2027, 1, 31);

    private static Group group(String name, LocalDate start, LocalDate end) {
        return new Group(name, "主题教育", start, end, null);
    }

    @Test
    void aBlankNameIsRefusedOnTheNameField() {
        for (String blank : new String[] {null, "", "   ", "\t\n", "\u3000\u3000"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> group(blank, START, END),
                    "name " + blank);
            assertEquals("group.name", e.field());
            assertEquals("validation.required", e.messageKey());
        }
    }

    @Test
    void aBlankCampaignIsRefusedOnTheCampaignField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Group("第十八指导组", " ", START, END, null));
        assertEquals("group.campaign", e.field());
    }

    @Test
    void theNameIsTrimmed() {
        assertEquals("中央第十八指导组", group("  中央第十八指导组 ", START, END).name());
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> group("第十八指导组", START, START.minusDays(1)));
        assertEquals("group.end", e.field());
        assertEquals("validation.endBeforeStart", e.messageKey());
    }

    @Test
    void aOneDayCampaignIsAccepted() {
        Group g = group("第十八指导组", START, START);
        assertTrue(g.covers(START));
    }

    @Test
    void coversBothEndsOfTheCampaignAndNothingOutside() {
        Group g = group("第十八指导组", START, END);
        assertTrue(g.covers(START));
        assertTrue(g.covers(END));
        assertFalse(g.covers(START.minusDays(1)));
        assertFalse(g.covers(END.plusDays(1)));
    }

    @Test
    void theStartsWeekIsWeekOneAndTheNextMondayStartsWeekTwo() {
        assertEquals(DayOfWeek.WEDNESDAY, START.getDayOfWeek());
        Group g = group("第十八指导组", START, END);
        assertEquals(1, g.campaignWeek(START));
        assertEquals(1, g.campaignWeek(START.minusDays(2)), "the Monday of the start's week");
        assertEquals(1, g.campaignWeek(LocalDate.of(2026, 10, 25)), "the Sunday after the start");
        assertEquals(2, g.campaignWeek(LocalDate.of(2026, 10, 26)), "the next Monday");
        assertEquals(6, g.campaignWeek(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void aCampaignStartingOnAMondayCountsThatWeekAsWeekOne() {
        LocalDate monday = LocalDate.of(2026, 10, 19);
        Group g = group("第十八指导组", monday, END);
        assertEquals(1, g.campaignWeek(monday));
        assertEquals(1, g.campaignWeek(monday.plusDays(6)));
        assertEquals(2, g.campaignWeek(monday.plusDays(7)));
    }

    @Test
    void withSecretaryKeepsEverythingElse() {
        Group g = group("第十八指导组", START, END).withSecretary(7L);
        assertEquals(7L, g.secretaryId());
        assertEquals("第十八指导组", g.name());
        assertEquals(START, g.start());
        assertEquals(END, g.end());
    }
}
