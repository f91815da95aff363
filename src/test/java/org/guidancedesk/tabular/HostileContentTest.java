package org.guidancedesk.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files whose content is hostile or damaged where the container is fine: controls in cells, wrong CRCs, wrong encodings. */
class HostileContentTest {
    /** ESC, BEL, NUL, VT, DEL, C1 NEL and CSI: what a terminal obeys; none may leave the reader. */
    private static final String JUNK = "\u001B\u0007\u000B\u007F\u0085\u009B";

    @TempDir
    Path dir;

    private static TableFileException refused(Path file) {
        TableFileException e = assertThrows(TableFileException.class, () -> TableReader.read(file));
        assertEquals(file.getFileName().toString(), e.fileName());
        return e;
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static List<List<String>> texts(RawTable table) {
        return table.rows().stream().map(r -> r.cells().stream().map(RawCell::text).toList()).toList();
    }

    @Test
    void controlCharactersInACsvAreDroppedTabsAndLineBreaksInACellStay() throws Exception {
        String csv = "问题描述,备注\n"
                + "\u001B[2J\u001B[H ALL CLEAR\u0007," + JUNK + "备注\u007F\n"
                + "\"第一行\r\n\t第二行\",x\u0085y\n";
        RawTable t = TableReader.read(Files.writeString(dir.resolve("hostile.csv"), csv, StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("问题描述", "备注"), List.of("[2J[H ALL CLEAR", "备注"), List.of("第一行\r\n\t第二行", "xy")),
                texts(t));
    }

    @Test
    void excelsEscapesOfControlCharactersAreDecodedAndThenDropped() throws Exception {
        String rows = "<row r=\"1\">" + inline("A1", "坏_x001B_[2J_x0007_问题_xD800_") + inline("B1", "_x0000_开头")
                + inline("C1", "行一_x000D__x000A_行二_x0009_列") + inline("D1", "_xD83D__xDE00_") + "</row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"str\"><v>_x009B_2J</v></c></row>";
        Map<String, String> parts = new LinkedHashMap<>(TestZips.workbook(TestZips.sheet(rows)));
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + TestZips.MAIN + "\"><si><t>共享_x001B__x0085_串</t></si></sst>");
        parts.put("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rId9\" Type=\"" + TestZips.REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
        RawTable t = TableReader.read(TestZips.write(dir.resolve("escapes.xlsx"), parts));
        assertEquals(List.of(List.of("坏[2J问题", "开头", "行一\r\n行二\t列", "\uD83D\uDE00"), List.of("共享串", "2J")), texts(t));
    }

    @Test
    void xml11CharacterReferencesToControlsAreDroppedToo() throws Exception {
        String sheet = TestZips.sheet("<row r=\"1\">" + inline("A1", "A&#x1B;[2J&#7;&#x85;B") + "</row>")
                .replace("version=\"1.0\"", "version=\"1.1\"");
        RawTable t = TableReader.read(TestZips.write(dir.resolve("xml11.xlsx"), TestZips.workbook(sheet)));
        assertEquals(List.of(List.of("A[2JB")), texts(t));
    }

    @Test
    void aCellOfNothingButControlsIsEmpty() throws Exception {
        RawTable t = TableReader.read(Files.writeString(dir.resolve("junk.csv"), "a,b\n1," + JUNK + "\n", StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("a", "b"), List.of("1")), texts(t));
    }

    @Test
    void aStoredEntryWithOneDigitChangedAfterItsCrcIsRefusedAsDamaged() throws Exception {
        String rows = "<row r=\"1\">" + inline("A1", "问题描述") + inline("B1", "整改时限") + "</row>"
                + "<row r=\"2\">" + inline("A2", "路灯不亮") + inline("B2", "2026-12-31") + "</row>";
        Path file = TestZips.writeStored(dir.resolve("单位台账.xlsx"), TestZips.workbook(TestZips.sheet(rows)));
        assertEquals("2026-12-31", TableReader.read(file).rows().get(1).text(1));
        byte[] bytes = Files.readAllBytes(file);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        bytes[latin.indexOf("2026-12-31") + 8] = '2'; // 2026-12-21: still a date, just the wrong one
        Files.write(file, bytes);
        TableFileException e = refused(file);
        assertEquals("tabular.error.checksum", e.messageKey(), e.getMessage());
        assertEquals(List.of("xl/worksheets/sheet1.xml"), e.details());
    }

    @Test
    void aDeflatedEntryWhoseCrcDoesNotMatchIsRefused() throws Exception {
        Path file = TestZips.write(dir.resolve("crc.xlsx"), TestZips.workbook(TestZips.sheet(
                "<row r=\"1\">" + inline("A1", "问题描述") + "</row>")));
        TestZips.breakCrc(file, "xl/worksheets/sheet1.xml");
        TableFileException e = refused(file);
        assertEquals("tabular.error.checksum", e.messageKey());
        assertEquals(List.of("xl/worksheets/sheet1.xml"), e.details());
    }

    @Test
    void aPartReadOnlyInPartIsCheckedToItsEnd() throws Exception {
        // The workbook is read only up to its first sheet; the rest must still match its CRC.
        Map<String, String> parts = new LinkedHashMap<>(TestZips.workbook(TestZips.sheet("<row r=\"1\">" + inline("A1", "x") + "</row>")));
        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("</workbook>", "<calcPr calcId=\"191029\"/></workbook>"));
        Path file = TestZips.write(dir.resolve("wb.xlsx"), parts);
        TableReader.read(file);
        TestZips.breakCrc(file, "xl/workbook.xml");
        assertEquals(List.of("xl/workbook.xml"), refused(file).details());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsCalledAnEncodingProblem() throws Exception {
        String csv = "问题描述,整改时限\r\n路灯不亮,2026-12-31\r\n";
        assertEquals("tabular.error.utf16NoBom",
                refused(Files.write(dir.resolve("le.csv"), csv.getBytes(StandardCharsets.UTF_16LE))).messageKey());
        assertEquals("tabular.error.utf16NoBom",
                refused(Files.write(dir.resolve("be.csv"), csv.getBytes(StandardCharsets.UTF_16BE))).messageKey());
        assertEquals("tabular.error.notText", refused(Files.write(dir.resolve("bin.csv"),
                new byte[] {1, 0, 0, 2, 0, 3, 5, 0, 7, 0, 0, 0})).messageKey());
    }

    @Test
    void aFileMixingUtf8AndGbkNamesALineOfEach() throws Exception {
        byte[] utf8 = "问题描述,整改时限\n路灯不亮,2026-12-31\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "道路破损,2027-01-31\n".getBytes(Charset.forName("GBK"));
        byte[] mixed = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(gbk, 0, mixed, utf8.length, gbk.length);
        TableFileException e = refused(Files.write(dir.resolve("mixed.csv"), mixed));
        assertEquals("tabular.error.mixedEncoding", e.messageKey());
        assertEquals(List.of("1", "3"), e.details());
        byte[] withBom = new byte[mixed.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(mixed, 0, withBom, 3, mixed.length);
        assertEquals("tabular.error.mixedEncoding", refused(Files.write(dir.resolve("bom.csv"), withBom)).messageKey());
    }

    @Test
    void aLongPureGbkFileIsNotMistakenForAMixedOne() throws Exception {
        StringBuilder b = new StringBuilder("单位,问题描述,整改措施,责任部门/责任人,整改时限,状态\n");
        String[] words = {"形式主义", "官僚主义", "文件会议", "基层减负", "督查检查考核", "调查研究", "为民办实事", "作风建设",
            "村级活动场所", "便民服务窗口", "污水处理设施", "长效机制", "整改落实", "群众满意", "专项整治", "一", "是", "的"};
        for (int i = 0; i < 3000; i++) {
            b.append("南山县,").append(words[i % words.length]).append(words[(i * 7) % words.length]).append(',')
                    .append(words[(i * 3) % words.length]).append(",县委办公室／张").append(words[i % 3]).append(",2026-12-31,整改中\n");
        }
        Path file = Files.write(dir.resolve("gbk.csv"), b.toString().getBytes(Charset.forName("GBK")));
        assertEquals(3001, TableReader.read(file).rows().size());
    }

    @Test
    void aWrongByteInAWorkbookPartIsAnEncodingErrorAndNothingIsPrintedOnStderr() throws Exception {
        String sheet = TestZips.sheet("<row r=\"1\">" + inline("A1", "问题") + "</row>");
        Map<String, String> parts = new LinkedHashMap<>(TestZips.workbook(sheet));
        Path file = TestZips.write(dir.resolve("gbk-in-utf8.xlsx"), parts);
        // The same workbook with its sheet's 问题 in GBK bytes inside a part that says UTF-8.
        byte[] good = sheet.getBytes(StandardCharsets.UTF_8);
        byte[] wrong = replace(good, "问题".getBytes(StandardCharsets.UTF_8), "问题".getBytes(Charset.forName("GBK")));
        Path bad = writeWithSheetBytes(dir.resolve("bad.xlsx"), parts, wrong);
        TableReader.read(file);

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        TableFileException e;
        try {
            e = refused(bad);
        } finally {
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
        assertEquals("tabular.error.xmlEncoding", e.messageKey(), e.getMessage());
        assertEquals(List.of("xl/worksheets/sheet1.xml", "UTF-8"), e.details());
    }

    @Test
    void aPartInUtf16IsReadByItsOwnMark() throws Exception {
        String sheet = TestZips.sheet("<row r=\"1\">" + inline("A1", "问题") + "</row>").replace("UTF-8", "UTF-16");
        Map<String, String> parts = new LinkedHashMap<>(TestZips.workbook(sheet));
        byte[] le = sheet.getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[le.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, bom, 2, le.length);
        assertEquals("问题", TableReader.read(writeWithSheetBytes(dir.resolve("le-bom.xlsx"), parts, bom)).rows().get(0).text(0));
        assertEquals("问题", TableReader.read(writeWithSheetBytes(dir.resolve("le.xlsx"), parts, le)).rows().get(0).text(0));
    }

    @Test
    void exactlyTheRowLimitOfDataBelowATitleAndAHeaderIsRead() throws Exception {
        StringBuilder csv = new StringBuilder("南山县整改清单\n问题描述,整改时限\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("问题").append(i).append(",2026-12-31\n");
        }
        Path file = Files.writeString(dir.resolve("ten.csv"), csv, StandardCharsets.UTF_8);
        assertEquals(12, TableReader.read(file, Limits.DEFAULT.withMaxRows(10)).rows().size());
    }

    private static byte[] replace(byte[] in, byte[] what, byte[] with) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        String r = s.replace(new String(what, StandardCharsets.ISO_8859_1), new String(with, StandardCharsets.ISO_8859_1));
        assertArrayEquals(in, s.getBytes(StandardCharsets.ISO_8859_1));
        return r.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Path writeWithSheetBytes(Path file, Map<String, String> parts, byte[] sheet) throws Exception {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                zip.write(part.getKey().equals("xl/worksheets/sheet1.xml") ? sheet
                        : part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
