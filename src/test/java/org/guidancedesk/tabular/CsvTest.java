package org.guidancedesk.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    @TempDir
    Path dir;

    private static List<List<String>> texts(RawTable table) {
        return table.rows().stream().map(r -> r.cells().stream().map(RawCell::text).toList()).toList();
    }

    private RawTable read(String name, byte[] bytes) throws Exception {
        return TableReader.read(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void roundTripKeepsEveryText() throws Exception {
        List<String> header = List.of("单位", "问题", "备注");
        List<List<String>> rows = List.of(
                List.of("市财政局", "含,逗号", "含\"引号\""),
                List.of("多行\r\n第二行", "LF\n换行", "=1+1"),
                List.of("@SUM(A1)", "+x", "-12"),
                List.of("'=already", "\tTab", "-"),
                List.of("  空格  ", "分号;在内", "a\u0000b"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(out, header, rows);
        byte[] bytes = out.toByteArray();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"含\"\"引号\"\"\""), text);
        assertTrue(text.contains(",'=1+1\r\n"), "formula neutralised: " + text);
        assertTrue(text.contains("'@SUM(A1),'+x,-12\r\n"), "negative numbers are left alone: " + text);
        assertTrue(text.endsWith("\r\n"));

        RawTable table = read("export.csv", bytes);
        assertEquals(List.of(1, 2, 3, 6, 7, 8), table.rows().stream().map(RawRow::number).toList(),
                "a record's number is the line it starts on");
        List<List<String>> expected = List.of(header, rows.get(0), rows.get(1), rows.get(2), rows.get(3),
                List.of("  空格  ", "分号;在内", "ab"));
        assertEquals(expected, texts(table));
        assertTrue(table.rows().stream().flatMap(r -> r.cells().stream()).allMatch(c -> c.kind() == CellKind.TEXT));
    }

    @Test
    void chineseExcelsGbkCsv() throws Exception {
        byte[] gbk = "单位,问题,整改时限\r\n市财政局,台账不全,2026/11/30\r\n".getBytes(Charset.forName("GBK"));
        assertEquals(List.of(List.of("单位", "问题", "整改时限"), List.of("市财政局", "台账不全", "2026/11/30")),
                texts(read("台账.csv", gbk)));
    }

    @Test
    void gb18030BeyondGbk() throws Exception {
        byte[] bytes = "姓名\n𠀀丽\n".getBytes(Charset.forName("GB18030"));
        assertEquals(List.of(List.of("姓名"), List.of("𠀀丽")), texts(read("a.csv", bytes)));
    }

    @Test
    void utf8WithoutBom() throws Exception {
        assertEquals(List.of(List.of("单位", "问题")), texts(read("a.csv", "单位,问题\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16WithBom() throws Exception {
        byte[] le = "\uFEFF单位\t问题\r\n甲\t乙\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFF单位,问题\n".getBytes(StandardCharsets.UTF_16BE);
        assertEquals(List.of(List.of("单位", "问题"), List.of("甲", "乙")), texts(read("le.csv", le)));
        assertEquals(List.of(List.of("单位", "问题")), texts(read("be.csv", be)));
    }

    @Test
    void tabSeparated() throws Exception {
        assertEquals(List.of(List.of("单位", "问题"), List.of("甲", "含,逗号")),
                texts(read("t.tsv", "单位\t问题\n甲\t含,逗号\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void semicolonSeparated() throws Exception {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), texts(read("s.csv", "a;b\r\nc;d\r\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void excelsSepLine() throws Exception {
        RawTable t = read("s.csv", "sep=;\na;b,c\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("a", "b,c")), texts(t));
        assertEquals(2, t.rows().get(0).number());
    }

    @Test
    void lineEndingsAndRowNumbers() throws Exception {
        RawTable t = read("e.csv", "a\rb\r\n\nc\n\"d\re\"\nf\n\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d\re"), List.of("f")), texts(t));
        assertEquals(List.of(1, 2, 4, 5, 7), t.rows().stream().map(RawRow::number).toList(),
                "blank lines are dropped, numbers stay those of the file");
    }

    @Test
    void emptyCellsKeepTheirPlaceAndTrailingOnesGo() throws Exception {
        RawTable t = read("e.csv", ",b,,d,,\n".getBytes(StandardCharsets.UTF_8));
        RawRow row = t.rows().get(0);
        assertEquals(4, row.cells().size());
        assertEquals(RawCell.EMPTY, row.cell(0));
        assertEquals("b", row.text(1));
        assertEquals(RawCell.EMPTY, row.cell(2));
        assertEquals("d", row.text(3));
        assertEquals(RawCell.EMPTY, row.cell(99));
    }

    @Test
    void textAfterAClosingQuoteIsKept() throws Exception {
        assertEquals(List.of(List.of("ab c", "x\"y")), texts(read("q.csv", "\"ab\" c,x\"y\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void onlyOurOwnApostropheIsTakenOff() throws Exception {
        assertEquals(List.of(List.of("=x", "'abc", "'-12", "'=x")),
                texts(read("q.csv", "'=x,'abc,'-12,''=x\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void formulaGuardRoundTripsEveryText() {
        for (String t : List.of("", "=", "-", "-1", "-1.5", "+2", "'", "''", "'=", "''=a", "'-1", "@", "\t", "\rx", "a=b", "'abc")) {
            assertEquals(t, FormulaGuard.restore(FormulaGuard.neutralise(t)), t);
        }
        assertEquals("'=a", FormulaGuard.neutralise("=a"));
        assertEquals("-12", FormulaGuard.neutralise("-12"));
        assertEquals("'-1e5", FormulaGuard.neutralise("-1e5"));
    }

    @Test
    void tooLongACellCannotBeWritten() {
        assertThrows(IllegalArgumentException.class,
                () -> CsvWriter.write(new ByteArrayOutputStream(), List.of("a"), List.of(List.of("x".repeat(32_768)))));
    }

    @Test
    void streamingWriterLeavesTheStreamOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(Arrays.asList("a", null));
        }
        out.write('x');
        assertEquals("\uFEFFa,\r\nx", out.toString(StandardCharsets.UTF_8));
    }
}
