package org.guidancedesk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedFilesTest {
    @TempDir
    Path dir;

    private TableFileException refused(Path file) {
        return refused(file, Limits.DEFAULT);
    }

    private static TableFileException refused(Path file, Limits limits) {
        TableFileException e = assertThrows(TableFileException.class, () -> TableReader.read(file, limits));
        assertEquals(file.getFileName().toString(), e.fileName());
        assertEquals(e.fileName(), e.args()[0]);
        return e;
    }

    private Path text(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path xlsx(String name, String rows) throws Exception {
        return TestZips.write(dir.resolve(name), TestZips.workbook(TestZips.sheet(rows)));
    }

    private static void assertWhere(TableFileException e, String key, int row, String column) {
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(row, e.row(), e.getMessage());
        assertEquals(column, e.columnLetters(), e.getMessage());
    }

    @Test
    void aCsvNamedXlsx() throws Exception {
        TableFileException e = refused(text("台账.xlsx", "单位,问题\n甲,乙\n"));
        assertWhere(e, "tabular.error.notWorkbook", 0, "");
        assertEquals(List.of(".xlsx"), e.details());
    }

    @Test
    void binaryNamedXlsx() throws Exception {
        TableFileException e = refused(Files.write(dir.resolve("a.XLSM"), new byte[] {1, 2, 0, 3, (byte) 0xFF}));
        assertWhere(e, "tabular.error.notWorkbookBinary", 0, "");
        assertEquals(List.of(".xlsm"), e.details());
    }

    @Test
    void aTruncatedWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter w = XlsxWriter.start(out, new XlsxWriter.Sheet("s", "t", null, List.of(new XlsxWriter.Column("a", 10))))) {
            for (int i = 0; i < 200; i++) {
                w.row(List.of("row " + i));
            }
        }
        byte[] whole = out.toByteArray();
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertWhere(refused(file), "tabular.error.damaged", 0, "");
    }

    @Test
    void anOldXls() throws Exception {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0};
        assertWhere(refused(Files.write(dir.resolve("旧.xls"), ole)), "tabular.error.oldXls", 0, "");
        assertWhere(refused(Files.write(dir.resolve("renamed.xlsx"), ole)), "tabular.error.oldXls", 0, "");
    }

    @Test
    void aWebPageSavedAsXls() throws Exception {
        assertWhere(refused(text("export.xls", "\n<html><body><table><tr><td>1</td></tr></table></body></html>")),
                "tabular.error.markup", 0, "");
    }

    @Test
    void aTabSeparatedFileNamedXlsIsReadByItsContent() throws Exception {
        RawTable t = TableReader.read(text("export.xls", "单位\t问题\n甲\t乙\n"));
        assertEquals("乙", t.rows().get(1).text(1));
    }

    @Test
    void binaryThatIsNoTable() throws Exception {
        assertWhere(refused(Files.write(dir.resolve("x.csv"), new byte[] {'a', 0, 'b'})), "tabular.error.notText", 0, "");
        assertWhere(refused(Files.write(dir.resolve("y.csv"), new byte[] {'a', (byte) 0xFF, (byte) 0xFF, 'b'})),
                "tabular.error.notText", 0, "");
    }

    @Test
    void anEmptyOrMissingFile() throws Exception {
        assertWhere(refused(Files.write(dir.resolve("empty.csv"), new byte[0])), "tabular.error.empty", 0, "");
        assertWhere(refused(dir.resolve("none.csv")), "tabular.error.notFound", 0, "");
        assertWhere(refused(dir), "tabular.error.notFound", 0, "");
    }

    @Test
    void aFileOverTheSizeLimit() throws Exception {
        Path file = Files.write(dir.resolve("big.csv"), new byte[3 * 1024 * 1024]);
        TableFileException e = refused(file, Limits.DEFAULT.withMaxFileBytes(2 * 1024 * 1024));
        assertWhere(e, "tabular.error.tooLarge", 0, "");
        assertEquals(List.of(3L, 2L), e.details());
    }

    /** The entity points at a secret file and at a local web server; neither may be touched. */
    @Test
    void xxeIsRefusedAndTheEntityNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">"
                    + "<!ENTITY % remote SYSTEM \"" + url + "\"> %remote;]>"
                    + "<worksheet xmlns=\"" + TestZips.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>"
                    + "</sheetData></worksheet>";
            Path file = TestZips.write(dir.resolve("xxe.xlsx"), TestZips.workbook(sheet));
            TableFileException e = refused(file);
            assertWhere(e, "tabular.error.doctype", 0, "");
            assertEquals(List.of("xl/worksheets/sheet1.xml"), e.details());
            assertEquals(0, requests.get(), "no request to the entity's URL");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            assertFalse(trace.toString().contains("TOP-SECRET"));
        } finally {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xl/workbook.xml", "_rels/.rels", "xl/_rels/workbook.xml.rels"})
    void aDoctypeInAnyPartIsRefused(String part) throws Exception {
        Map<String, String> parts = new java.util.LinkedHashMap<>(TestZips.workbook(TestZips.sheet("")));
        parts.put(part, parts.get(part).replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"));
        TableFileException e = refused(TestZips.write(dir.resolve("laughs.xlsx"), parts));
        assertWhere(e, "tabular.error.doctype", 0, "");
        assertEquals(List.of(part), e.details());
    }

    /** 300 MB of '0' inside one value: it deflates to a few hundred KB and parses as text, so only the counting stops it. */
    @Test
    void aZipBombIsRefusedQuickly() throws Exception {
        Path file = TestZips.writeRepeated(dir.resolve("bomb.xlsx"), TestZips.workbook(""), "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"" + TestZips.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>", (byte) '0',
                300L * 1024 * 1024, "</v></c></row></sheetData></worksheet>");
        assertTrue(Files.size(file) < 2 * 1024 * 1024, "compressed to " + Files.size(file));
        long start = System.nanoTime();
        TableFileException e = refused(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertWhere(e, "tabular.error.zipBomb", 0, "");
        assertTrue(millis < 5_000, millis + " ms");
        System.out.println("zip bomb of " + Files.size(file) / 1024 + " KB refused in " + millis + " ms");
    }

    @Test
    void anEntryOverTheUnzippedLimit() throws Exception {
        Path file = TestZips.writeRepeated(dir.resolve("big.xlsx"), TestZips.workbook(""), "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"" + TestZips.MAIN + "\"><sheetData>", (byte) ' ', 5L * 1024 * 1024, "</sheetData></worksheet>");
        Limits limits = new Limits(50L << 20, 4L << 20, 2_000, Integer.MAX_VALUE, 1L << 20, 100_000, 256, 32_767, 1_000_000);
        TableFileException e = refused(file, limits);
        assertWhere(e, "tabular.error.entryTooLarge", 0, "");
        assertEquals(List.of("xl/worksheets/sheet1.xml", 4L), e.details());
    }

    @Test
    void tooManyZipEntries() throws Exception {
        Map<String, String> parts = new java.util.LinkedHashMap<>(TestZips.workbook(TestZips.sheet("")));
        for (int i = 0; i < 20; i++) {
            parts.put("junk/" + i, "x");
        }
        Path file = TestZips.write(dir.resolve("many.xlsx"), parts);
        assertWhere(refused(file, Limits.DEFAULT.withMaxZipEntries(10)), "tabular.error.tooManyEntries", 0, "");
    }

    @Test
    void aMegabyteCellInAWorkbook() throws Exception {
        // Varied text, as a real cell would be: a megabyte of one character would pass for a zip bomb.
        java.util.Random random = new java.util.Random(42);
        StringBuilder text = new StringBuilder();
        while (text.length() < 1024 * 1024) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        String big = text.toString();
        TableFileException inline = refused(xlsx("inline.xlsx",
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ok</t></is></c></row>"
                        + "<row r=\"7\"><c r=\"C7\" t=\"inlineStr\"><is><t>" + big + "</t></is></c></row>"));
        assertWhere(inline, "tabular.error.cellTooLong", 7, "C");
        assertEquals(List.of(32_767), inline.details());

        Map<String, String> parts = new java.util.LinkedHashMap<>(TestZips.workbook(TestZips.sheet(
                "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"D3\" t=\"s\"><v>1</v></c></row>")));
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + TestZips.MAIN + "\"><si><t>short</t></si><si><r><t>"
                + big + "</t></r></si></sst>");
        parts.put("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rId9\" Type=\"" + TestZips.REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
        assertWhere(refused(TestZips.write(dir.resolve("shared.xlsx"), parts)), "tabular.error.cellTooLong", 3, "D");
    }

    @Test
    void aMegabyteCellInACsv() throws Exception {
        TableFileException e = refused(text("big.csv", "a,b\nc,d," + "x".repeat(1024 * 1024) + "\n"));
        assertWhere(e, "tabular.error.cellTooLong", 2, "C");
        TableFileException quoted = refused(text("bigq.csv", "a,b\nc,\"" + "x".repeat(1024 * 1024) + "\"\n"));
        assertWhere(quoted, "tabular.error.cellTooLong", 2, "B");
    }

    @Test
    void anUnterminatedQuote() throws Exception {
        assertWhere(refused(text("q.csv", "单位,问题\n甲,乙\n丙,\"未闭合\n丁,戊\n")), "tabular.error.unterminatedQuote", 3, "B");
        assertWhere(refused(text("long.csv", "a\n\"" + "x".repeat(40_000))), "tabular.error.unterminatedQuote", 2, "A");
        assertWhere(refused(text("mid.csv", "a,\"one\ntwo\",\"three\n")), "tabular.error.unterminatedQuote", 2, "C");
    }

    @Test
    void moreThan256Columns() throws Exception {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            line.append(i == 0 ? "" : ",").append("v").append(i);
        }
        assertWhere(refused(text("wide.csv", "a\n" + line + "\n")), "tabular.error.tooManyColumns", 2, "IW");
        TableFileException e = refused(xlsx("wide.xlsx", "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"XFD4\"><v>2</v></c></row>"));
        assertWhere(e, "tabular.error.tooManyColumns", 4, "XFD");
        assertEquals(List.of(256, "IV"), e.details());
    }

    @Test
    void emptyCellsFarRightAreNotAnError() throws Exception {
        RawTable t = TableReader.read(xlsx("styled.xlsx", "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\" s=\"0\"/></row>"));
        assertEquals(1, t.rows().get(0).cells().size());
        assertEquals(1, TableReader.read(text("commas.csv", "a" + ",".repeat(1000) + "\n")).rows().get(0).cells().size());
    }

    @Test
    void tooManyRows() throws Exception {
        // The limit is on data: up to Limits.ROWS_ABOVE_DATA rows (title, header) above it do not count.
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= 22; i++) {
            csv.append(i).append('\n');
        }
        assertWhere(refused(text("rows.csv", csv.toString()), Limits.DEFAULT.withMaxRows(10)), "tabular.error.tooManyRows", 21, "");
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 22; i++) {
            rows.append("<row r=\"").append(i * 2).append("\"><c r=\"A").append(i * 2).append("\"><v>1</v></c></row>");
        }
        assertWhere(refused(xlsx("rows.xlsx", rows.toString()), Limits.DEFAULT.withMaxRows(10)), "tabular.error.tooManyRows", 42, "");
    }

    @Test
    void tooManySharedStrings() throws Exception {
        Map<String, String> parts = new java.util.LinkedHashMap<>(TestZips.workbook(TestZips.sheet("")));
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + TestZips.MAIN + "\">" + "<si><t>x</t></si>".repeat(11) + "</sst>");
        parts.put("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rId9\" Type=\"" + TestZips.REL + "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/></Relationships>"));
        Path file = TestZips.write(dir.resolve("strings.xlsx"), parts);
        assertWhere(refused(file, Limits.DEFAULT.withMaxSharedStrings(10)), "tabular.error.tooManyStrings", 0, "");
    }

    @Test
    void aZipThatIsNoWorkbook() throws Exception {
        Path file = TestZips.write(dir.resolve("doc.xlsx"), Map.of("word/document.xml", "<w/>"));
        assertWhere(refused(file), "tabular.error.notXlsx", 0, "");
    }

    @Test
    void aWorkbookWithoutSheets() throws Exception {
        Map<String, String> parts = new java.util.LinkedHashMap<>(TestZips.workbook(TestZips.sheet("")));
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + TestZips.MAIN + "\"><sheets/></workbook>");
        assertWhere(refused(TestZips.write(dir.resolve("nosheet.xlsx"), parts)), "tabular.error.noSheet", 0, "");
    }

    @Test
    void malformedXml() throws Exception {
        TableFileException e = refused(TestZips.write(dir.resolve("bad.xlsx"), TestZips.workbook("<worksheet><sheetData><row>")));
        assertWhere(e, "tabular.error.badXml", 0, "");
        assertEquals(List.of("xl/worksheets/sheet1.xml"), e.details());
    }

    /** Both would make the parser itself hold memory for every level or name, long before any bound of ours. */
    @Test
    void deepNestingAndMillionsOfNamesAreRefused() throws Exception {
        TableFileException deep = refused(xlsx("deep.xlsx", "<row r=\"1\">" + "<x>".repeat(1_000) + "</x>".repeat(1_000) + "</row>"));
        assertWhere(deep, "tabular.error.badXml", 0, "");
        StringBuilder names = new StringBuilder("<row r=\"1\">");
        for (int i = 0; i < 3_000; i++) {
            names.append("<e").append(i).append(" a").append(i).append("=\"\"/>");
        }
        TableFileException many = refused(xlsx("names.xlsx", names + "</row>"));
        assertWhere(many, "tabular.error.badXml", 0, "");
        assertEquals(List.of("xl/worksheets/sheet1.xml"), many.details());
    }

    @Test
    void aSharedStringIndexOutOfRange() throws Exception {
        assertWhere(refused(xlsx("idx.xlsx", "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>5</v></c></row>")), "tabular.error.badCell", 2, "B");
    }

    @Test
    void aBadCellReference() throws Exception {
        TableFileException e = refused(xlsx("ref.xlsx", "<row r=\"2\"><c r=\"2B\"><v>5</v></c></row>"));
        assertWhere(e, "tabular.error.badReference", 2, "");
        assertEquals(List.of("2B"), e.details());
        assertWhere(refused(xlsx("row.xlsx", "<row r=\"9999999\"/>")), "tabular.error.badReference", 0, "");
    }

    @Test
    void theLogMessageSaysWhere() throws Exception {
        TableFileException e = refused(text("q.csv", "a,\"b\n"));
        assertEquals("tabular.error.unterminatedQuote (q.csv, row 1, column B)", e.getMessage());
        assertEquals(List.of("q.csv", "1", "B"), List.of(e.args()));
    }
}
