package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aBlankRequiredNameIsRefused() {
        for (String blank : new String[] {null, "", " ", "\t", "\u3000"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> Text.requiredName("unit.name", blank));
            assertEquals("unit.name", e.field());
            assertEquals("validation.required", e.messageKey());
        }
    }

    @Test
    void aNameOfTwoHundredCharactersIsAcceptedAndOneMoreIsRefused() {
        String max = "字".repeat(200);
        assertEquals(max, Text.requiredName("unit.name", max));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Text.requiredName("unit.name", max + "字"));
        assertEquals("unit.name", e.field());
        assertEquals("validation.tooLong", e.messageKey());
        assertEquals(200, e.args()[0]);
    }

    @Test
    void theLengthLimitCountsCharactersNotUtf16Units() {
        String emoji = "🚩".repeat(200);
        assertEquals(400, emoji.length());
        assertEquals(emoji, Text.requiredName("member.name", emoji));
        assertThrows(ValidationException.class, () -> Text.requiredName("member.name", emoji + "🚩"));
    }

    @Test
    void surroundingBlanksDoNotCountTowardsTheLimit() {
        String max = "  " + "a".repeat(200) + "  ";
        assertEquals("a".repeat(200), Text.requiredName("unit.name", max));
    }

    @Test
    void emojiAndMixedScriptsAreKeptExactly() {
        String mixed = "中央第十八指导组 Group № 18 — Ünïcødé 🇨🇳👍🏽 العربية 日本語";
        assertEquals(mixed, Text.requiredName("group.name", mixed));
        assertEquals(mixed, Text.optional("unit.contact", mixed));
        assertEquals(mixed, Text.note("record.note", mixed));
    }

    @Test
    void anOptionalTextMayBeEmptyOrMissing() {
        assertEquals("", Text.optional("unit.phone", null));
        assertEquals("", Text.optional("unit.phone", "   "));
        assertEquals("010-12345678", Text.optional("unit.phone", " 010-12345678 "));
        assertThrows(ValidationException.class, () -> Text.optional("unit.phone", "1".repeat(201)));
    }

    @Test
    void aNoteOfTwentyThousandCharactersIsAcceptedAndOneMoreIsRefused() {
        String max = "记".repeat(20_000);
        assertEquals(max, Text.note("record.note", max));
        ValidationException e = assertThrows(ValidationException.class, () -> Text.note("record.note", max + "记"));
        assertEquals("record.note", e.field());
        assertEquals("validation.tooLong", e.messageKey());
        assertEquals(20_000, e.args()[0]);
    }

    @Test
    void aNoteKeepsItsLeadingIndentAndLineBreaksButDropsTrailingBlanks() {
        assertEquals("  第一条\n第二条", Text.note("record.note", "  第一条\n第二条 \n\n"));
        assertEquals("", Text.note("record.note", null));
    }
}
