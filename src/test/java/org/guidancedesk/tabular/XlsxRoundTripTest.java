package org.guidancedesk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRoundTripTest {
    private static final List<XlsxWriter.Column> COLUMNS = List.of(
            new XlsxWriter.Column("单位", 20), new XlsxWriter.Column("问题", 40),
            new XlsxWriter.Column("时限", 12), new XlsxWriter.Column("金额", 10), new XlsxWriter.Column("备注", 30));

    @TempDir
    Path dir;

    private static byte[] workbook(String subtitle, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter w = XlsxWriter.start(out, new XlsxWriter.Sheet("整改台账", "整改台账（第一批）", subtitle, COLUMNS))) {
            for (List<Object> row : rows) {
                w.row(row);
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void theSameRowsGiveTheSameBytes() throws IOException {
        List<List<Object>> rows = List.of(Arrays.asList("市财政局", "台账不全 _x0041_ <b>", LocalDate.of(2026, 11, 24), 12.5, null));
        byte[] once = workbook("共 1 条", rows);
        assertTrue(Arrays.equals(once, workbook("共 1 条", rows)), "every entry carries the same fixed time");
        assertTrue(parts(once).get("xl/worksheets/sheet1.xml").contains("台账不全 _x005F_x0041_ &lt;b&gt;"),
                "a literal _x0041_ is protected from Excel's unescaping, markup escaped");
    }

    @Test
    void whatIsWrittenReadsBackWithKindsAndPositions() throws Exception {
        List<Object> first = Arrays.asList("市财政局", "台账不全，\n未按月更新", LocalDate.of(2026, 11, 24), 12, "  前后空格  ");
        List<Object> second = Arrays.asList(null, "=1+1", null, new BigDecimal("-3.50"), "@SUM(A1)");
        List<Object> third = Arrays.asList("-x", "+86 10 1234", LocalDate.of(1900, 3, 1), 0.1 + 0.2, "A & B <c> \"q\" _x0041_ \r 回车");
        Path file = Files.write(dir.resolve("台账.xlsx"), workbook("导出时间 2026-11-24 10:00  共 3 条", List.of(first, second, third)));

        RawTable table = TableReader.read(file);

        assertEquals("台账.xlsx", table.fileName());
        List<RawRow> rows = table.rows();
        assertEquals(List.of(1, 2, 3, 4, 5, 6), rows.stream().map(RawRow::number).toList());
        assertEquals("整改台账（第一批）", rows.get(0).text(0));
        assertEquals("导出时间 2026-11-24 10:00  共 3 条", rows.get(1).text(0));
        assertEquals(List.of("单位", "问题", "时限", "金额", "备注"), rows.get(2).cells().stream().map(RawCell::text).toList());

        RawRow r4 = rows.get(3);
        assertEquals(new RawCell("市财政局", CellKind.TEXT), r4.cell(0));
        assertEquals("台账不全，\n未按月更新", r4.text(1));
        assertEquals(new RawCell("2026-11-24", CellKind.DATE), r4.cell(2));
        assertEquals(new RawCell("12", CellKind.NUMBER), r4.cell(3));
        assertEquals("  前后空格  ", r4.text(4));

        RawRow r5 = rows.get(4);
        assertEquals(RawCell.EMPTY, r5.cell(0), "an empty first column keeps its place");
        assertEquals(new RawCell("=1+1", CellKind.TEXT), r5.cell(1));
        assertEquals(RawCell.EMPTY, r5.cell(2));
        assertEquals(new RawCell("-3.5", CellKind.NUMBER), r5.cell(3));
        assertEquals(new RawCell("@SUM(A1)", CellKind.TEXT), r5.cell(4));

        RawRow r6 = rows.get(5);
        assertEquals(new RawCell("-x", CellKind.TEXT), r6.cell(0));
        assertEquals("+86 10 1234", r6.text(1));
        assertEquals(new RawCell("1900-03-01", CellKind.DATE), r6.cell(2));
        assertEquals(new RawCell("0.3", CellKind.NUMBER), r6.cell(3));
        assertEquals("A & B <c> \"q\" _x0041_ \r 回车", r6.text(4));
    }

    @Test
    void formulaLikeTextIsAStringCellWithAQuotePrefixStyle() throws Exception {
        Map<String, String> parts = parts(workbook(null, List.of(Arrays.asList("=1+1", "@SUM(A1)", "-x", null, "plain"))));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "no formula element");

        List<Integer> quotePrefixed = quotePrefixStyles(parts.get("xl/styles.xml"));
        assertFalse(quotePrefixed.isEmpty());
        for (String ref : List.of("A3", "B3", "C3")) {
            Matcher m = Pattern.compile("<c r=\"" + ref + "\" s=\"(\\d+)\" t=\"inlineStr\">").matcher(sheet);
            assertTrue(m.find(), ref + " is an inline string");
            assertTrue(quotePrefixed.contains(Integer.valueOf(m.group(1))), ref + " uses a quotePrefix style");
        }
        Matcher plain = Pattern.compile("<c r=\"E3\" s=\"(\\d+)\"").matcher(sheet);
        assertTrue(plain.find());
        assertFalse(quotePrefixed.contains(Integer.valueOf(plain.group(1))));
    }

    /** The cellXfs indices whose xf has quotePrefix="1". */
    private static List<Integer> quotePrefixStyles(String styles) throws Exception {
        XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new java.io.StringReader(styles));
        List<Integer> found = new ArrayList<>();
        boolean inCellXfs = false;
        int index = 0;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inCellXfs = true;
            } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            } else if (inCellXfs && e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("xf")) {
                if ("1".equals(r.getAttributeValue(null, "quotePrefix"))) {
                    found.add(index);
                }
                index++;
            }
        }
        return found;
    }

    @Test
    void everyPartIsWellFormedXml() throws Exception {
        Map<String, String> parts = parts(workbook("副标题", List.of(Arrays.asList("a\u0001b\uD800c", 1, LocalDate.of(2026, 1, 2), true, "x"))));
        assertEquals(6, parts.size(), parts.keySet().toString());
        for (Map.Entry<String, String> part : parts.entrySet()) {
            XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(
                    new ByteArrayInputStream(part.getValue().getBytes(StandardCharsets.UTF_8)));
            while (r.hasNext()) {
                r.next(); // throws on anything malformed
            }
        }
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains(">abc</t>"), "control character and lone surrogate dropped");
    }

    @Test
    void pageSetupFreezeFilterAndPrintTitles() throws Exception {
        Map<String, String> parts = parts(workbook("共 2 条", List.of(List.of("a"), List.of("b"))));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        for (String expected : List.of("<pageSetUpPr fitToPage=\"1\"/>",
                "<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>",
                "<col min=\"2\" max=\"2\" width=\"40.0\" customWidth=\"1\"/>",
                "<autoFilter ref=\"A3:E5\"/>", "<mergeCell ref=\"A1:E1\"/>", "<mergeCell ref=\"A2:E2\"/>",
                "<printOptions horizontalCentered=\"1\"/>",
                "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>",
                "<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>")) {
            assertTrue(sheet.contains(expected), expected);
        }
        String workbook = parts.get("xl/workbook.xml");
        assertTrue(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'整改台账'!$1:$3</definedName>"), workbook);
        assertTrue(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'整改台账'!$A$3:$E$5</definedName>"));
    }

    @Test
    void aPrintAreaOfTheFirstColumnsCentresTheTitleOverThemAndKeepsTheRestInTheFile() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter w = XlsxWriter.start(bytes, new XlsxWriter.Sheet("整改台账", "标题", "共 1 条", COLUMNS, 3))) {
            w.row(List.of("a", "b", "c", "d", "e"));
        }
        Map<String, String> parts = parts(bytes.toByteArray());
        assertTrue(parts.get("xl/workbook.xml").contains(
                "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'整改台账'!$A$1:$C$4</definedName>"),
                parts.get("xl/workbook.xml"));
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<mergeCell ref=\"A1:C1\"/>"));
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains(">e</t>"), "the unprinted column is still written");
        assertFalse(parts(workbook(null, List.of())).get("xl/workbook.xml").contains("Print_Area"));
    }

    @Test
    void withoutASubtitleTheHeaderIsTheSecondRow() throws Exception {
        Map<String, String> parts = parts(workbook(null, List.of()));
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<pane ySplit=\"2\" topLeftCell=\"A3\""));
        assertTrue(parts.get("xl/workbook.xml").contains("'整改台账'!$1:$2<"));
        assertFalse(parts.get("xl/worksheets/sheet1.xml").contains("<mergeCell ref=\"A2:E2\"/>"));
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<autoFilter ref=\"A2:E2\"/>"));
    }

    @Test
    void highlightsUseTheirOwnFill() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter w = XlsxWriter.start(out, new XlsxWriter.Sheet("s", "t", null, COLUMNS.subList(0, 2)))) {
            w.row(List.of("overdue", 1), XlsxWriter.Highlight.RED);
            w.row(List.of("ok", new XlsxWriter.Cell("soon", XlsxWriter.Highlight.YELLOW)));
        }
        String sheet = parts(out.toByteArray()).get("xl/worksheets/sheet1.xml");
        int redText = XlsxStyles.data(XlsxStyles.Kind.TEXT, XlsxWriter.Highlight.RED);
        int redNumber = XlsxStyles.data(XlsxStyles.Kind.NUMBER, XlsxWriter.Highlight.RED);
        int yellowText = XlsxStyles.data(XlsxStyles.Kind.TEXT, XlsxWriter.Highlight.YELLOW);
        int plainText = XlsxStyles.data(XlsxStyles.Kind.TEXT, XlsxWriter.Highlight.NONE);
        assertTrue(sheet.contains("<c r=\"A3\" s=\"" + redText + "\""));
        assertTrue(sheet.contains("<c r=\"B3\" s=\"" + redNumber + "\"><v>1</v>"));
        assertTrue(sheet.contains("<c r=\"A4\" s=\"" + plainText + "\""));
        assertTrue(sheet.contains("<c r=\"B4\" s=\"" + yellowText + "\""));
        String styles = parts(out.toByteArray()).get("xl/styles.xml");
        assertTrue(styles.contains("FFFFC7CE") && styles.contains("FFFFEB9C"));
    }

    @Test
    void rowsAreTallEnoughForTheirWrappedText() throws Exception {
        String sheet = parts(workbook(null, List.of(
                List.of("短", "一行"),
                List.of("短", "第一行\n第二行\n第三行"),
                List.of("短", "很".repeat(50))))).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<row r=\"1\" ht=\"30\" customHeight=\"1\">"), "the title row has a fixed height");
        assertTrue(sheet.contains("<row r=\"3\">"), "one line: Excel's default height");
        assertTrue(sheet.contains("<row r=\"4\" ht=\"45\">"), "three lines, not marked custom so Excel may refit");
        assertTrue(sheet.contains("<row r=\"5\" ht=\"45\">"), "100 units in a column of 40: three lines");
    }

    @Test
    void lineEstimates() {
        assertEquals(1, RowHeights.lines("", 10));
        assertEquals(1, RowHeights.lines("abcdefghi", 10));
        assertEquals(2, RowHeights.lines("abcdefghij", 10));
        assertEquals(2, RowHeights.lines("一二三四五", 10), "wide characters count two");
        assertEquals(3, RowHeights.lines("a\n\nb", 10), "an empty line is a line");
        assertEquals(2, RowHeights.lines("a\r\nb", 10));
        assertEquals("409", RowHeights.points(100), "Excel's tallest row");
    }

    @Test
    void sheetNamesAreMadeSafe() {
        assertEquals("a_b_c_d_e_f_g", XlsxWriter.sheetName("a[b]c:d*e?f/g"));
        assertEquals("x_y", XlsxWriter.sheetName("x\\y"));
        assertEquals("Sheet1", XlsxWriter.sheetName("  "));
        assertEquals("Sheet1", XlsxWriter.sheetName(null));
        assertEquals("Sheet1", XlsxWriter.sheetName("History"));
        assertEquals("it's", XlsxWriter.sheetName("'it's'"));
        assertEquals(31, XlsxWriter.sheetName("一".repeat(40)).length());
        assertEquals(30, XlsxWriter.sheetName("a".repeat(30) + "😀").length(), "a surrogate pair is not split");
    }

    @Test
    void anApostropheInTheSheetNameIsDoubledInDefinedNames() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter w = XlsxWriter.start(out, new XlsxWriter.Sheet("Li's", "t", null, COLUMNS))) {
            w.row(List.of("x"));
        }
        String workbook = parts(out.toByteArray()).get("xl/workbook.xml");
        assertTrue(workbook.contains("<sheet name=\"Li's\""), workbook);
        assertTrue(workbook.contains("'Li''s'!$1:$2"), workbook);
    }

    @Test
    void refusesWhatExcelCouldNotOpen() throws Exception {
        try (XlsxWriter w = XlsxWriter.start(new ByteArrayOutputStream(), new XlsxWriter.Sheet("s", "t", null, COLUMNS))) {
            assertThrows(IllegalArgumentException.class, () -> w.row(List.of("x".repeat(32_768))));
            assertThrows(IllegalArgumentException.class, () -> w.row(List.of(1, 2, 3, 4, 5, 6)));
            w.row(List.of("x".repeat(32_767)));
        }
        assertThrows(IllegalArgumentException.class, () -> new XlsxWriter.Column("w", 0));
        assertThrows(IllegalArgumentException.class, () -> new XlsxWriter.Sheet("s", "t", null, List.of()));
    }

    @Test
    void theCallersStreamStaysOpen() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        java.io.FilterOutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        XlsxWriter.start(out, new XlsxWriter.Sheet("s", "t", null, COLUMNS)).close();
        assertFalse(closed[0]);
        try (InputStream in = new ByteArrayInputStream(bytes.toByteArray())) {
            assertEquals('P', in.read());
        }
    }
}
