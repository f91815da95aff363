package org.guidancedesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.guidancedesk.report.pdf.LineBreaker.Line;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private final FaceChain font = FaceChain.bundledOnly();
    private final LineBreaker breaker = new LineBreaker(font);

    private List<String> wrap(String text, float widthInEms) {
        return breaker.wrap(font.sanitise(text), 10, widthInEms * 10).stream().map(Line::text).toList();
    }

    @Test
    void measuresLikePdfBox() throws IOException {
        String text = "本周指导组（第三组）checks 12 items，“四不两直”。";
        try (PDDocument document = new PDDocument()) {
            PDType0Font pdfFont;
            synchronized (Face.lock()) {
                pdfFont = font.primary().newPdfFont(document);
            }
            assertEquals(pdfFont.getStringWidth(text), font.width(text), 0.01);
        }
    }

    @Test
    void chineseBreaksBetweenAnyCharacters() {
        assertEquals(List.of("一二三四", "五六七八", "九"), wrap("一二三四五六七八九", 4));
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        // "四" would end the first line, but "，" may not start the second: "四，" moves together.
        assertEquals(List.of("一二三", "四，五六", "七"), wrap("一二三四，五六七", 4));
        assertEquals(List.of("一二三", "（四）五"), wrap("一二三（四）五", 4));
        // "（" would end the first line, but may not: it moves with "四".
        assertEquals(List.of("一二", "（四"), wrap("一二（四", 3));
        for (String line : wrap("审阅实施方案、问题清单、专项整治方案。对照检查材料：反复沟通，多次修改。", 5)) {
            assertFalse("，。、；：）」》".indexOf(line.charAt(0)) >= 0, line);
        }
    }

    @Test
    void latinWordsBreakAtSpacesAndOverlongWordsAreHardBroken() {
        String text = "GuidanceDesk prints the weekly status sheet every Friday afternoon";
        List<String> lines = wrap(text, 8);
        assertTrue(lines.size() > 3, lines.toString());
        assertEquals(text, String.join(" ", lines));
        for (String line : lines) {
            assertTrue(font.width(line) / 1000 <= 8.001, line);
        }
        List<String> hard = wrap("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", 5);
        assertTrue(hard.size() > 1);
        assertEquals("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", String.join("", hard));
    }

    @Test
    void englishBreaksBetweenWordsAndAfterHyphensNeverInsideAWordThatFits() {
        // "Rectification" fits a line of 7 ems: it moves down whole rather than "Rectificat" + "ion".
        assertEquals(List.of("Problem", "Rectification"), wrap("Problem Rectification", 7));
        List<String> hyphened = wrap("fix-at-once items", 3);
        assertEquals("fix-at-once items", String.join("", hyphened).replace("items", " items"));
        assertTrue(hyphened.get(0).endsWith("-"), hyphened.toString());
        // Dates and numbers keep their hyphens.
        assertEquals(List.of("2026-11-24"), wrap("2026-11-24", 6));
        // Chinese still breaks anywhere next to Latin words.
        assertEquals(List.of("整改", "Rectification"), wrap("整改Rectification", 7));
    }

    @Test
    void longestWordIsTheWidestPieceALineNeverBreaks() {
        float rectification = font.width("Rectification") * 10 / 1000f;
        assertEquals(rectification, breaker.longestWord("Problem Rectification", 10), 0.01);
        assertEquals(font.width("fix-") * 10 / 1000f, breaker.longestWord("fix-at", 10), 0.01);
        assertEquals(font.width("整") * 10 / 1000f, breaker.longestWord("整改", 10), 0.01);
    }

    @Test
    void newlinesForceBreaksAndNothingIsLost() {
        assertEquals(List.of("第一行", "", "第三行"), wrap("第一行\n\r\n第三行", 20));
        String text = "2026年11月24日，指导组与9家单位47位同志进行了谈话（含 individual talks）。";
        assertEquals(text.replace(" ", ""), String.join("", wrap(text, 6)).replace(" ", ""));
    }

    @Test
    void sanitiseReplacesWhatTheFontLacks() {
        assertEquals("测试□<b>&", font.sanitise("测试😀<b>&"));
        assertEquals("□ ok", font.sanitise("👍🏽\tok"));
        assertEquals("ab", font.sanitise("a\u0000\u200Bb"));
    }
}
