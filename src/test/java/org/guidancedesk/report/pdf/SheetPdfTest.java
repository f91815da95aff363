package org.guidancedesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Block.Align;
import org.guidancedesk.report.doc.Block.Column;
import org.guidancedesk.report.doc.Block.Heading;
import org.guidancedesk.report.doc.Block.Paragraph;
import org.guidancedesk.report.doc.Block.Table;
import org.guidancedesk.report.doc.Block.Title;
import org.guidancedesk.report.doc.Sheet;
import org.junit.jupiter.api.Test;

class SheetPdfTest {

    /** The text of each page, in order. */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(document));
            }
            return out;
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void assertInOrder(String text, String... expected) {
        int from = 0;
        for (String e : expected) {
            int at = text.indexOf(e, from);
            assertTrue(at >= 0, "\"" + e + "\" after index " + from + " in:\n" + text);
            from = at + e.length();
        }
    }

    @Test
    void weeklySheetIsOneA4PageWithChineseTextInOrder() throws IOException {
        byte[] pdf = SheetPdf.render(SampleSheets.weekly());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle box = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.5);
        }
        String text = pages(pdf).get(0);
        assertInOrder(text, "第三指导组第12周工作进展表", "（2026年11月16日—2026年11月22日）", "一、本周工作",
                "本周指导组按照", "（一）规定动作完成情况", "序号", "联系单位", "集中学习研讨", "省农业农村厅", "67%",
                "（二）上报材料时间节点", "逾期未报", "二、整改台账情况", "注：逾期指", "三、下周工作安排",
                "四、需要协调的问题", "本周无。", "填报人：王秘书", "2026年11月24日", "— 1 —");
        // A long unit name wraps inside its cell, nothing cut.
        assertTrue(squeeze(text).contains("省属国有企业集团有限公司（含所属二级单位及驻外机构）"), text);
    }

    @Test
    void metadataAndEmbeddedFont() throws IOException {
        byte[] pdf = SheetPdf.render(SampleSheets.weekly());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("第三指导组第12周工作进展表", document.getDocumentInformation().getTitle());
            assertEquals("王秘书", document.getDocumentInformation().getAuthor());
            assertEquals("GuidanceDesk", document.getDocumentInformation().getCreator());
            PDPage page = document.getPage(0);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                assertTrue(font.getName().contains("WenQuanYiMicroHei"), font.getName());
                fonts++;
            }
            assertEquals(1, fonts);
        }
    }

    @Test
    void sameSheetSameBytes() {
        assertArrayEquals(SheetPdf.render(SampleSheets.weekly()), SheetPdf.render(SampleSheets.weekly()));
    }

    @Test
    void thePageCountIsTheLayoutsAndMatchesThePagesWritten() throws IOException {
        for (Sheet sheet : List.of(SampleSheets.weekly(), SampleSheets.longTable(120),
                new Sheet("空", null, List.of(), "— {0} —"))) {
            SheetPdf.Pdf pdf = SheetPdf.renderCounted(sheet); // counted as laid out, not by parsing the bytes
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                assertEquals(document.getNumberOfPages(), pdf.pages(), sheet.documentTitle());
            }
        }
    }

    @Test
    void longTableRepeatsItsHeaderOnEveryPageAndNeverSplitsARow() throws IOException {
        List<String> pages = pages(SheetPdf.render(SampleSheets.longTable(120)));
        assertTrue(pages.size() >= 3, "pages: " + pages.size());
        int rowsSeen = 0;
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p);
            assertInOrder(text, "序号", "联系单位", "状态", "整改时限");
            assertTrue(text.contains("第 " + (p + 1) + " 页 / 共 " + pages.size() + " 页"), text);
            String flat = squeeze(text);
            // A wrapped unit name's two lines are always on the same page.
            int starts = count(flat, "省属国有企业集团有限公司所属第");
            assertEquals(starts, count(flat, "驻外机构）"), text);
            rowsSeen += count(flat, "整改中");
        }
        assertEquals(120, rowsSeen);
        String all = squeeze(String.join("", pages));
        assertInOrder(all, "联系单位1整改中", "联系单位2整改中", "联系单位60整改中", "联系单位120整改中");
    }

    @Test
    void aTablesLastRowNeverStandsAloneOnAPage() throws IOException {
        int broken = 0;
        for (int n = 36; n <= 52; n++) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r < n; r++) {
                rows.add(List.of("行" + r, String.valueOf(r)));
            }
            rows.add(List.of("合计", "—"));
            Table table = new Table(List.of(new Column("单位", 3, Align.LEFT), new Column("总数", 1, Align.CENTER)),
                    rows, List.of(n - 1));
            List<String> pages = pages(SheetPdf.render(new Sheet("t", "", List.of(new Heading(1, "四、整改台账"), table),
                    "{0}/{1}")));
            String last = pages.get(pages.size() - 1);
            if (pages.size() > 1) {
                broken++;
                assertTrue(last.contains("行" + (n - 1) + "\n") || last.contains("行" + (n - 1) + " "),
                        n + " rows: the row before 合计 goes along\n" + last);
            }
            assertTrue(last.contains("合计"));
        }
        assertTrue(broken > 0 && broken < 17, "some of the tables break: " + broken);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void longChineseParagraphWrapsAndPaginates() throws IOException {
        String sentence = "指导组坚持问题导向，深入基层开展调研，督促整改落实。"; // 25 characters
        StringBuilder text = new StringBuilder();
        while (text.length() < 3000) {
            text.append(sentence);
        }
        Sheet sheet = new Sheet("长段落", "", List.of(new Title("长段落", ""), Paragraph.of(text.toString())), "— {0} —");
        List<String> pages = pages(SheetPdf.render(sheet));
        assertTrue(pages.size() >= 2, "pages: " + pages.size());
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertTrue(page.contains("— " + (p + 1) + " —"), page);
            body.append(page.replace("— " + (p + 1) + " —", ""));
        }
        String flat = squeeze(body.toString()).replaceFirst("^长段落", "");
        assertTrue(text.toString().equals(flat), "text lost or reordered");
        // Many lines on a page, and no line starts with closing punctuation.
        for (String line : pages.get(0).split("\n")) {
            assertFalse(line.startsWith("，") || line.startsWith("。"), line);
        }
        assertTrue(pages.get(0).split("\n").length > 30);
    }

    @Test
    void charactersTheFontLacksBecomeABoxAndMarkupPrintsLiterally() throws IOException {
        Sheet sheet = new Sheet("测试😀<b>&", "", List.of(
                new Title("单位 测试😀<b>&", ""),
                new Table(List.of(new Column("联系单位", 1, Align.LEFT), new Column("状态", 1, Align.CENTER)),
                        List.of(List.of("测试😀<b>&", "整改中\u0007\t完成"), List.of("👍🏽 é ü ß 𠀀", "")))),
                "{0}/{1} 页 😀");
        String text = pages(SheetPdf.render(sheet)).get(0);
        assertTrue(text.contains("测试□<b>&"), text);
        assertFalse(text.contains("😀"), text);
        assertTrue(text.contains("1/1 页"), text);
    }

    @Test
    void headingIsKeptWithWhatFollows() throws IOException {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title("分页测试", ""));
        // Fill the page so that both headings would still fit at its foot but the table would not.
        for (int i = 1; i <= 41; i++) {
            blocks.add(Paragraph.of("填充行" + i));
        }
        blocks.add(new Heading(1, "五、孤立标题"));
        blocks.add(new Heading(2, "（一）子标题"));
        blocks.add(new Table(List.of(new Column("甲", 1, Align.LEFT)), List.of(List.of("表格首行"))));
        List<String> pages = pages(SheetPdf.render(new Sheet("分页测试", "", blocks, "— {0} —")));
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).contains("填充行41"), pages.get(0));
        assertFalse(pages.get(0).contains("五、孤立标题"), pages.get(0));
        assertInOrder(pages.get(1), "五、孤立标题", "（一）子标题", "甲", "表格首行");
    }

    @Test
    void emptySheetStillHasAPage() throws IOException {
        List<String> pages = pages(SheetPdf.render(new Sheet("空", null, List.of(), "— {0} —")));
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).contains("— 1 —"));
    }

    @Test
    void footerPatternFormatsPageAndCount() {
        assertEquals("第 2 页 / 共 3 页", SheetPdf.footer("第 {0} 页 / 共 {1} 页", 2, 3));
        assertEquals("— 12 —", SheetPdf.footer("— {0} —", 12, 20));
        assertEquals("1 {", SheetPdf.footer("{0} {", 1, 1)); // a broken pattern never fails
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextInsteadOfBeingCut() throws IOException {
        String huge = "很长的单元格内容。".repeat(700);
        Sheet sheet = new Sheet("超长", "", List.of(new Table(
                List.of(new Column("甲栏", 1, Align.CENTER), new Column("乙栏", 4, Align.LEFT)),
                List.of(List.of("1", huge), List.of("2", "短行")))), "— {0} —");
        List<String> pages = pages(SheetPdf.render(sheet));
        assertTrue(pages.size() >= 2);
        String all = squeeze(String.join("", pages).replaceAll("— \\d+ —", "")).replace("甲栏乙栏", "");
        assertTrue(all.equals("1" + huge + "2短行"), "text lost or reordered");
        for (String page : pages) {
            assertTrue(page.startsWith("甲栏") || page.contains("\n甲栏"), "header on every page");
        }
    }
}
