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

    @Test
    void controlCharactersNeverReachAStoredText() {
        // ESC, BEL, NUL, VT, FF, DEL, C1 (NEL, CSI) and lone surrogates: a terminal obeys them, no reader sees them.
        String hostile = "\u001B[2J\u0007\u0000清\u000B\u000C\u007F\u0085\u009B场\uD800\uDC00x\uDFFF";
        assertEquals("[2J清场\uD800\uDC00x", Text.requiredName("unit.name", hostile));
        assertEquals("[2J清场\uD800\uDC00x", Text.optional("unit.contact", hostile));
        assertEquals("[2J清场\uD800\uDC00x", Text.note("record.note", hostile));
        assertEquals("[2J清场\uD800\uDC00x", Text.requiredText("progress.text", hostile, 100));
        assertEquals("[2J清场\uD800\uDC00x", Text.optionalText("rectification.remarks", hostile, 100));
    }

    @Test
    void aTextStartingWithNulIsKeptWithoutItOrRefusedAsBlank() {
        // SQLite's length() stops at a NUL, so "\0问题" would pass here and break the table's CHECK at commit.
        assertEquals("问题", Text.requiredText("rectification.problem", "\u0000问题", 100));
        assertEquals("单位", Text.requiredName("unit.name", "\u0000单位"));
        for (String junk : new String[] {"\u0000", "\u0000 \u001B", "\u0085\uD800"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> Text.requiredName("unit.name", junk));
            assertEquals("unit.name", e.field());
            assertEquals("validation.required", e.messageKey());
            assertThrows(ValidationException.class, () -> Text.requiredText("rectification.problem", junk, 100));
        }
    }

    @Test
    void multiLineTextsKeepTabsAndLineBreaksOneLineNamesTurnThemIntoASpace() {
        assertEquals("第一条\r\n\t第二条\n第三条", Text.note("record.note", "第一条\r\n\t第二条\n第三条"));
        assertEquals("第一条\r\n\t第二条", Text.requiredText("rectification.problem", "第一条\r\n\t第二条", 100));
        assertEquals("张三 李四 王五", Text.optional("rectification.owner", "张三 \r\n 李四\t王五\n"));
        assertEquals("东江省 委办", Text.requiredName("unit.name", "东江省\n委办"));
    }

    @Test
    void theLengthLimitCountsWhatIsKept() {
        assertEquals("a".repeat(200), Text.requiredName("unit.name", "a".repeat(200) + "\u0007".repeat(50)));
    }
}
