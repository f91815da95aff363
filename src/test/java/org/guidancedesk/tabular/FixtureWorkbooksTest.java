package org.guidancedesk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks that other programs wrote: two made by LibreOffice 7.4 (committed, see
 * make-fixtures.sh beside them) and one written part by part the way Excel 2016 writes its
 * files (phonetic runs, _xHHHH_ escapes, a chart sheet first, extension namespaces).
 */
class FixtureWorkbooksTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    /** Each row as "number: kind text | kind text ..." with empty cells as "-". */
    private static List<String> lines(RawTable table) {
        return table.rows().stream().map(r -> r.number() + ": " + String.join(" | ", r.cells().stream()
                .map(c -> c.isEmpty() ? "-" : c.kind().name().charAt(0) + " " + c.text()).toList())).toList();
    }

    @Test
    void libreOfficesRichWorkbook() throws Exception {
        assertEquals(List.of(
                "1: T 序号 | T 单位 | T 问题 | T 整改时限 | T 金额 | T 完成日期 | T 完成率",
                "2: N 1 | T 市财政局 | T 台账不全\n未按月更新 | D 2026-11-24 | N 0.3 | D 2026-12-01 | N 0.25",
                "5: - | - | T =1+1 不是公式 | T 合计1 | N 0.6 | D 2026-12-01 | N 1",
                "6: - | - | - | - | - | - | - | - | - | T 远处 J 列"),
                lines(TableReader.read(resource("libreoffice-rich.xlsx"))),
                "rich-text runs joined, yyyy\\年m\\月d\\日 and yyyy/m/d are dates, formulas give their cached values, "
                        + "rows 3-4 absent, the second sheet unread");
    }

    @Test
    void libreOfficesWorkbookFromACsv() throws Exception {
        assertEquals(List.of(
                "1: T 单位 | T 问题 | T 整改时限 | T 金额 | T 备注",
                "2: T 市财政局 | T 台账不全 | D 2026-11-24 | N 12.5",
                "3: T 市教育局 | T 多行\n说明 | D 2026-12-01 | N -3 | T 含,逗号",
                "4: - | T 只有第二列"),
                lines(TableReader.read(resource("libreoffice-from-csv.xlsx"))));
        assertEquals(List.of(
                "1: T 单位 | T 问题 | T 整改时限 | T 金额 | T 备注",
                "2: T 市财政局 | T 台账不全 | T 2026/11/24 | T 12.5",
                "3: T 市教育局 | T 多行\n说明 | T 2026-12-01 | T -3 | T 含,逗号",
                "5: - | T 只有第二列"),
                lines(TableReader.read(resource("libreoffice-from-csv.csv"))),
                "the same table from the CSV: all text, and the record after the two-line cell starts on line 5");
    }

    private static final String MC = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "mc:Ignorable=\"x14ac xr xr2 xr3\" xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" "
            + "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" "
            + "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\" "
            + "xmlns:xr3=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision3\"";

    private static Map<String, String> excelLike(boolean date1904) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" MC><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="22228"/><workbookPr DATE1904 defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="1"/></bookViews><sheets><sheet name="图表" sheetId="3" r:id="rId9"/><sheet name="整改台账" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">整改台账!$A$1:$F$9</definedName></definedNames><calcPr calcId="191029"/></workbook>"""
                .replace("MC", MC).replace("DATE1904", date1904 ? "date1904=\"1\"" : ""));
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.invalid/" TargetMode="External"/></Relationships>""");
        parts.put("xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"" + TestZips.MAIN + "\"/>");
        parts.put("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" MC><numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/><numFmt numFmtId="178" formatCode="#,##0.00_ ;[Red]\\-#,##0.00\\ "/></numFmts><fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>"""
                .replace("MC", MC));
        parts.put("xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="8"><si><t>单位</t></si><si><t>问题</t></si><si><t>整改时限</t></si><si><r><rPr><b/><sz val="11"/><color rgb="FFFF0000"/><rFont val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></rPr><t>市</t></r><r><rPr><sz val="11"/><color theme="1"/><rFont val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></rPr><t>财政局</t></r><rPh sb="0" eb="1"><t>シ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si><si><t xml:space="preserve">台账不全_x000D_
                未按月更新 </t></si><si><t>金额</t></si><si><t>完成</t></si><si><t>_x005F_x0041_ 字面</t></si></sst>""");
        parts.put("xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" MC xr:uid="{00000000-0001-0000-0000-000000000000}"><dimension ref="A1:H9"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="1" max="1" width="15.625" customWidth="1"/></cols><sheetData>\
                <row r="1" spans="1:6" x14ac:dyDescent="0.2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" s="4" t="s"><v>5</v></c><c r="E1" t="s"><v>6</v></c></row>\
                <row r="2" spans="1:6" ht="28.5" customHeight="1" x14ac:dyDescent="0.2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="1"><v>46350</v></c><c r="D2" s="4"><v>1234.5</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" s="5"><v>0.5</v></c></row>\
                <row r="3" spans="1:6" x14ac:dyDescent="0.2"><c r="C3" s="2"><f>C2+6</f><v>46356</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" t="str"><f>IF(D2&gt;0,"是","否")</f><v>是</v></c></row>\
                <row r="4" spans="1:6" x14ac:dyDescent="0.2"><c r="A4" s="1"/><c r="B4" s="6" t="s"><v>7</v></c></row>\
                <row r="6" x14ac:dyDescent="0.2"><c r="A6" s="3"><v>60</v></c><c r="B6" s="3"><v>59</v></c><c r="C6" s="3"><v>61</v></c><c r="D6" s="2"><v>0</v></c><c r="E6" s="2"><v>45000.999999999</v></c></row>\
                <row r="8" x14ac:dyDescent="0.2"><c r="A8" s="6"/></row>\
                <row r="9" x14ac:dyDescent="0.2"><c t="inlineStr"><is><r><t>行内</t></r><r><t>富文本</t></r><rPh sb="0" eb="1"><t>ギョウ</t></rPh></is></c><c><v>1.10101199003071E+17</v></c><c s="4"><v>1E+21</v></c></row>\
                </sheetData><phoneticPr fontId="1" type="noConversion"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"""
                .replace("MC", MC));
        parts.put("xl/worksheets/sheet2.xml", TestZips.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>不读</t></is></c></row>"));
        return parts;
    }

    @Test
    void aWorkbookAsExcelWritesIt() throws Exception {
        Path file = TestZips.write(dir.resolve("excel.xlsx"), excelLike(false));
        assertEquals(List.of(
                "1: T 单位 | T 问题 | T 整改时限 | T 金额 | T 完成",
                "2: T 市财政局 | T 台账不全\r\n未按月更新  | D 2026-11-24 | N 1234.5 | B TRUE | N 0.5",
                "3: - | - | D 2026-11-30 | T #DIV/0! | T 是",
                "4: - | T _x0041_ 字面",
                "6: N 60 | D 1900-02-28 | D 1900-03-01 | N 0 | D 2023-03-16",
                "9: T 行内富文本 | N 110101199003071000 | N 1E+21"),
                lines(TableReader.read(file)),
                "the chart sheet is passed over for the first worksheet; phonetic runs are no text; 60 is Excel's "
                        + "29 February 1900; a time (F2) and a date serial 0 are numbers; 23:59:59.9999 rounds to the next day");
    }

    @Test
    void the1904DateSystem() throws Exception {
        RawTable table = TableReader.read(TestZips.write(dir.resolve("mac.xlsx"), excelLike(true)));
        assertEquals(new RawCell("2030-11-25", CellKind.DATE), table.rows().get(1).cell(2));
    }

    @Test
    void dateFormatCodes() {
        for (String date : List.of("yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "m/d/yy", "yyyy-mm-dd", "yyyy\\年m\\月d\\日",
                "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", "mmm-yy", "d-mmm", "[$-804]yyyy\"年\"m\"月\";@", "yyyy-mm-dd hh:mm")) {
            assertEquals(true, DateStyles.isDateCode(date), date);
        }
        for (String other : List.of("General", "0.00", "#,##0.00_ ;[Red]\\-#,##0.00\\ ", "h:mm", "[h]:mm:ss", "mm:ss",
                "0.00E+00", "@", "0\"天\"", "\"day\"0", "h\"时\"mm\"分\"", "[Red]0;[Blue]-0", "0%")) {
            assertEquals(false, DateStyles.isDateCode(other), other);
        }
        assertEquals(true, DateStyles.isDateFormat(14, null));
        assertEquals(true, DateStyles.isDateFormat(31, null));
        assertEquals(true, DateStyles.isDateFormat(57, null));
        assertEquals(false, DateStyles.isDateFormat(20, null));
        assertEquals(false, DateStyles.isDateFormat(46, null));
        assertEquals(false, DateStyles.isDateFormat(0, null));
        assertEquals(false, DateStyles.isDateFormat(14, "0.00"), "a code the file gives wins over the built-in meaning");
    }

    @Test
    void numbersAsTheUserSeesThem() {
        assertEquals("12", CellValues.numberText("12.0"));
        assertEquals("0.3", CellValues.numberText("0.30000000000000004"));
        assertEquals("-3.5", CellValues.numberText("-3.50"));
        assertEquals("1000", CellValues.numberText("1E3"));
        assertEquals("0", CellValues.numberText("-0.0"));
        assertEquals("0.000123", CellValues.numberText("1.23E-4"));
        assertEquals("1E+999999999", CellValues.numberText("1E+999999999"));
        assertEquals(null, CellValues.numberText("NaN"));
        assertEquals(null, CellValues.numberText("12 个"));
    }

    @Test
    void columnLetters() {
        assertEquals("A", Columns.letters(0));
        assertEquals("Z", Columns.letters(25));
        assertEquals("AA", Columns.letters(26));
        assertEquals("IV", Columns.letters(255));
        assertEquals("XFD", Columns.letters(16_383));
        assertEquals(2, Columns.indexOfReference("C7"));
        assertEquals(16_383, Columns.indexOfReference("xfd1"));
        assertEquals(-1, Columns.indexOfReference("ABCD1"));
        assertEquals(-1, Columns.indexOfReference("C"));
        assertEquals(-1, Columns.indexOfReference("7"));
    }
}
