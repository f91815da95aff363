package org.guidancedesk.report.docx;

import static org.guidancedesk.report.docx.DocxFiles.all;
import static org.guidancedesk.report.docx.DocxFiles.attr;
import static org.guidancedesk.report.docx.DocxFiles.first;
import static org.guidancedesk.report.docx.DocxFiles.style;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.report.pdf.OfficeFaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The .docx taken apart: every part well-formed, real headings, tables, page and footer, fonts, plain text. */
class DocxWriterTest {
    private static final String MARKUP = "<b>&\"';";

    @TempDir
    Path dir;

    private static Sheet sample(Sheet.Orientation orientation, String footer) {
        List<Block.Column> columns = List.of(new Block.Column("单位", 1, Block.Align.LEFT),
                new Block.Column("问题" + MARKUP, 2, Block.Align.LEFT), new Block.Column("完成", 1, Block.Align.CENTER));
        List<Block> blocks = List.of(
                new Block.Title("中央第十八指导组工作进展周报", "第6周（2026年11月23日—29日）"),
                new Block.Paragraph("第二批主题教育", Block.Align.CENTER, true),
                new Block.Heading(1, "一、本周工作"),
                new Block.Heading(2, "（一）规定动作"),
                Block.Paragraph.of("正文" + MARKUP + "\u0001控制\u001B字符\n第二行\r\n第三行\t制表"),
                new Block.Table(columns, List.of(List.of("东江省", "台账不全" + MARKUP, "5"), List.of("合计", "", "12")),
                        List.of(1)),
                new Block.Paragraph("居右", Block.Align.RIGHT, false),
                new Block.Signature(List.of("填报人：李明", "", "审核：王建国", "日期：2026年11月29日")));
        return new Sheet("周报 " + MARKUP, "李明", blocks, footer, orientation);
    }

    /** As a formal document on a machine with every office face. */
    private static byte[] render(Sheet sheet) {
        return DocxWriter.render(sheet, Typesetting.OFFICE, OfficeFaces.ALL);
    }

    private static DocxFiles open(Sheet sheet) throws Exception {
        return new DocxFiles(render(sheet));
    }

    @Test
    void everyPartIsThereAndWellFormedAndTheSameSheetGivesTheSameBytes() throws Exception {
        Sheet sheet = sample(Sheet.Orientation.PORTRAIT, "— {0} —");
        byte[] once = render(sheet);
        DocxFiles docx = new DocxFiles(once);
        assertEquals(Set.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/_rels/document.xml.rels",
                "docProps/core.xml", "docProps/app.xml"), Set.copyOf(docx.names()));
        assertEquals("[Content_Types].xml", docx.names().get(0), "the content types come first, as Word writes them");
        for (String name : docx.names()) {
            assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), docx.entry(name).getTimeLocal(), name);
        }
        String types = docx.text("[Content_Types].xml");
        for (String part : List.of("/word/document.xml", "/word/styles.xml", "/word/settings.xml", "/word/fontTable.xml",
                "/word/footer1.xml", "/docProps/core.xml", "/docProps/app.xml")) {
            assertTrue(types.contains("PartName=\"" + part + "\""), part);
        }

        assertArrayEquals(once, render(sample(Sheet.Orientation.PORTRAIT, "— {0} —")));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        DocxWriter.write(sheet, Typesetting.OFFICE, OfficeFaces.ALL, streamed);
        assertArrayEquals(once, streamed.toByteArray());

        Document core = docx.part("docProps/core.xml");
        assertEquals("周报 " + MARKUP, core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent());
        assertEquals("李明", core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0).getTextContent());
    }

    @Test
    void titleHeadingsAndParagraphsAreStyledParagraphs() throws Exception {
        DocxFiles docx = open(sample(Sheet.Orientation.PORTRAIT, "— {0} —"));
        List<Element> ps = docx.bodyParagraphs();
        List<String> styles = ps.stream().map(DocxFiles::style).toList();
        assertEquals(List.of("Title", "Subtitle", "", "Heading1", "Heading2", "", "", ""), styles);
        assertEquals("中央第十八指导组工作进展周报", DocxFiles.text(ps.get(0)));
        assertEquals("一、本周工作", DocxFiles.text(ps.get(3)));
        assertEquals("（一）规定动作", DocxFiles.text(ps.get(4)));
        assertEquals("center", attr(first(ps.get(2), "jc"), "val"));
        assertEquals("555555", attr(first(ps.get(2), "color"), "val"), "muted text is grey");
        assertEquals("right", attr(first(ps.get(6), "jc"), "val"));
        assertEquals("填报人：李明\u3000\u3000审核：王建国\u3000\u3000日期：2026年11月29日", DocxFiles.text(ps.get(7)),
                "the signing line: one paragraph, blank parts left out");
        assertEquals("right", attr(first(ps.get(7), "jc"), "val"));

        Document styleXml = docx.part("word/styles.xml");
        Element h1 = styleById(styleXml, "Heading1");
        Element h2 = styleById(styleXml, "Heading2");
        assertEquals("heading 1", attr(first(h1, "name"), "val"));
        assertEquals("0", attr(first(h1, "outlineLvl"), "val"));
        assertEquals("黑体", attr(first(h1, "rFonts"), "eastAsia"));
        assertEquals("32", attr(first(h1, "sz"), "val"), "三号");
        assertEquals("heading 2", attr(first(h2, "name"), "val"));
        assertEquals("1", attr(first(h2, "outlineLvl"), "val"));
        assertEquals("楷体", attr(first(h2, "rFonts"), "eastAsia"));
        assertTrue(all(h1, "b").isEmpty() && all(h2, "b").isEmpty(), "黑体 and 楷体 are their own weight");
        Element title = styleById(styleXml, "Title");
        assertEquals("方正小标宋简体", attr(first(title, "rFonts"), "eastAsia"));
        assertEquals("44", attr(first(title, "sz"), "val"), "二号");
        assertEquals("center", attr(first(title, "jc"), "val"));
        Element normal = styleById(styleXml, "Normal");
        assertEquals("仿宋", attr(first(normal, "rFonts"), "eastAsia"));
        assertEquals("仿宋", attr(first(normal, "rFonts"), "ascii"));
        assertEquals("仿宋", attr(first(normal, "rFonts"), "hAnsi"));
        assertEquals("560", attr(first(normal, "spacing"), "line"), "28 pt");
        assertEquals("exact", attr(first(normal, "spacing"), "lineRule"));
        assertEquals("宋体", attr(first(styleById(styleXml, "TableText"), "rFonts"), "eastAsia"));
        assertEquals("21", attr(first(styleById(styleXml, "TableText"), "sz"), "val"), "五号");

        Document fonts = docx.part("word/fontTable.xml");
        String fallbacks = all(fonts, "font").stream().map(f -> attr(f, "name") + "=" + attr(first(f, "altName"), "val"))
                .collect(Collectors.joining(";"));
        assertEquals("方正小标宋简体=方正小标宋_GBK,宋体;黑体=SimHei;楷体=楷体_GB2312,KaiTi;仿宋=仿宋_GB2312,FangSong;宋体=SimSun",
                fallbacks, "each face once, the names of a stock Windows first");
    }

    @Test
    void withoutTheOfficeFacesTheTitleIsSongAndHeadingsAreThickenedAsThePdfDoes() throws Exception {
        Sheet sheet = sample(Sheet.Orientation.PORTRAIT, "— {0} —");
        DocxFiles bare = new DocxFiles(DocxWriter.render(sheet, Typesetting.COMPACT, OfficeFaces.NONE));
        Document styleXml = bare.part("word/styles.xml");
        assertEquals("宋体", attr(first(styleById(styleXml, "Title"), "rFonts"), "eastAsia"));
        assertEquals(1, all(styleById(styleXml, "Heading1"), "b").size(), "no 黑体 here: thickened, as in the PDF");
        assertEquals(1, all(styleById(styleXml, "Heading2"), "b").size());
        assertEquals(List.of("宋体", "黑体", "楷体", "仿宋"),
                all(bare.part("word/fontTable.xml"), "font").stream().map(f -> attr(f, "name")).toList(), "宋体 once");

        DocxFiles formal = new DocxFiles(DocxWriter.render(sheet, Typesetting.OFFICE, OfficeFaces.NONE));
        assertTrue(all(styleById(formal.part("word/styles.xml"), "Heading1"), "b").isEmpty(), "a 公文 never thickens");
        DocxFiles mixed = new DocxFiles(DocxWriter.render(sheet, Typesetting.COMPACT, new OfficeFaces(false, true, false)));
        assertTrue(all(styleById(mixed.part("word/styles.xml"), "Heading1"), "b").isEmpty(), "黑体 found");
        assertEquals(1, all(styleById(mixed.part("word/styles.xml"), "Heading2"), "b").size(), "楷体 not");
    }

    private static Element styleById(Document styles, String id) {
        return all(styles, "style").stream().filter(s -> id.equals(attr(s, "styleId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no style " + id));
    }

    @Test
    void markupPrintsAsItselfControlCharactersAreDroppedAndLinesStayInTheirParagraph() throws Exception {
        DocxFiles docx = open(sample(Sheet.Orientation.PORTRAIT, "— {0} —"));
        Element body = docx.bodyParagraphs().get(5);
        assertEquals("正文" + MARKUP + "控制字符\n第二行\n第三行\t制表", DocxFiles.text(body));
        assertEquals(2, all(body, "br").size());
        assertEquals(1, all(body, "tab").size());
        String xml = docx.text("word/document.xml");
        assertFalse(xml.contains("<b>"), "markup is escaped, never markup");
        assertFalse(xml.contains("\u0001") || xml.contains("&#1;") || xml.contains("\u001B"), "control characters dropped");

        String long5000 = "长".repeat(4999) + "尾";
        DocxFiles big = open(new Sheet("长", "", List.of(Block.Paragraph.of(long5000)), "— {0} —"));
        assertEquals(long5000, DocxFiles.text(big.bodyParagraphs().get(0)));
    }

    @Test
    void aTableIsARealTableWithItsHeaderRepeatedWidthsByWeightAndBoldTotals() throws Exception {
        DocxFiles docx = open(sample(Sheet.Orientation.PORTRAIT, "— {0} —"));
        Element table = first(docx.part("word/document.xml"), "tbl");
        List<Element> rows = all(table, "tr");
        assertEquals(3, rows.size());
        assertEquals(1, all(rows.get(0), "tblHeader").size(), "the header row repeats on each page");
        assertTrue(all(rows.get(1), "tblHeader").isEmpty());
        rows.forEach(r -> assertEquals(1, all(r, "cantSplit").size(), "no row splits across pages"));
        assertEquals("问题" + MARKUP, DocxFiles.text(all(rows.get(0), "p").get(1)));
        assertEquals("台账不全" + MARKUP, DocxFiles.text(all(rows.get(1), "p").get(1)));

        int[] grid = all(table, "gridCol").stream().mapToInt(g -> Integer.parseInt(attr(g, "w"))).toArray();
        assertEquals(11906 - 1587 - 1474, Arrays.stream(grid).sum(), "the text width of the 公文 page");
        assertEquals(2 * grid[0], grid[1], 1);
        assertEquals(grid[0], grid[2], 1);
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            assertEquals("single", attr(first(first(table, "tblBorders"), side), "val"), side);
        }
        assertEquals("center", attr(first(all(rows.get(1), "tc").get(2), "jc"), "val"), "the column's alignment");
        assertTrue(all(rows.get(1), "b").isEmpty());
        assertEquals(2, all(rows.get(2), "b").size(), "the emphasised row is bold (its empty cell has no run)");

        Block.Table last = new Block.Table(List.of(new Block.Column("甲", 1, Block.Align.LEFT)), List.of(List.of("1")));
        DocxFiles tables = open(new Sheet("表", "", List.of(last, last), "{0}"));
        List<String> between = tables.bodyParagraphs().stream().map(DocxFiles::style).toList();
        assertEquals(List.of("TableText", "TableText"), between,
                "an empty line keeps two tables apart and gives the cursor a place after the last");
    }

    @Test
    void a4UprightWithTheOfficeMarginsOrOnItsSide() throws Exception {
        Element upright = first(open(sample(Sheet.Orientation.PORTRAIT, "— {0} —")).part("word/document.xml"), "sectPr");
        assertEquals("11906", attr(first(upright, "pgSz"), "w"));
        assertEquals("16838", attr(first(upright, "pgSz"), "h"));
        assertEquals("", attr(first(upright, "pgSz"), "orient"));
        Element margins = first(upright, "pgMar");
        assertEquals(List.of("2098", "1984", "1587", "1474"),
                List.of(attr(margins, "top"), attr(margins, "bottom"), attr(margins, "left"), attr(margins, "right")),
                "37, 35, 28 and 26 mm");

        Element side = first(open(sample(Sheet.Orientation.LANDSCAPE, "— {0} —")).part("word/document.xml"), "sectPr");
        assertEquals("16838", attr(first(side, "pgSz"), "w"));
        assertEquals("11906", attr(first(side, "pgSz"), "h"));
        assertEquals("landscape", attr(first(side, "pgSz"), "orient"));
    }

    @Test
    void theFooterCountsPagesWithFieldsAndKeepsTheTextAroundThem() throws Exception {
        DocxFiles docx = open(sample(Sheet.Orientation.PORTRAIT, "— {0} —"));
        assertEquals("rId4", first(first(docx.part("word/document.xml"), "sectPr"), "footerReference")
                .getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
        Element footer = first(docx.part("word/footer1.xml"), "p");
        assertEquals(List.of(" PAGE "), all(footer, "instrText").stream().map(Element::getTextContent).toList());
        assertEquals("— 1 —", DocxFiles.text(footer), "the field's shown result between the kept text");
        assertEquals("center", attr(first(styleOf(docx, "Footer"), "jc"), "val"));
        assertTrue(docx.text("word/_rels/document.xml.rels").contains("Id=\"rId4\""));

        Element both = first(open(sample(Sheet.Orientation.PORTRAIT, "第 {0} 页 / 共 {1} 页")).part("word/footer1.xml"), "p");
        assertEquals(List.of(" PAGE ", " NUMPAGES "), all(both, "instrText").stream().map(Element::getTextContent).toList());
        assertEquals("第 1 页 / 共 1 页", DocxFiles.text(both));
    }

    private static Element styleOf(DocxFiles docx, String id) {
        return styleById(docx.part("word/styles.xml"), id);
    }

    @Test
    void writtenWholeLikeThePdf() throws Exception {
        Path target = dir.resolve("周报.docx");
        WholeFile.write(target, render(sample(Sheet.Orientation.PORTRAIT, "— {0} —")));
        assertEquals("一、本周工作", DocxFiles.text(new DocxFiles(Files.readAllBytes(target)).bodyParagraphs().get(3)));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(target), listing.toList(), "no temporary file is left beside it");
        }
    }
}
