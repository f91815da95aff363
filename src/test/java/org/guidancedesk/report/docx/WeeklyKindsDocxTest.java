package org.guidancedesk.report.docx;

import static org.guidancedesk.report.docx.DocxFiles.all;
import static org.guidancedesk.report.docx.DocxFiles.attr;
import static org.guidancedesk.report.docx.DocxFiles.first;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.ReportFormat;
import org.guidancedesk.report.WeeklyOutput;
import org.guidancedesk.report.dynamic.DynamicReport;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.testing.InternalTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The demo week's status sheet and 工作动态 as the program saves them as .docx: whole, valid
 * packages; markup and long texts as typed; nothing internal in either kind or format.
 */
class WeeklyKindsDocxTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Week WEEK = Week.of(TODAY);
    private static final I18n ZH = I18n.forLanguage("zh");
    private static final String PACKAGE_NS = "http://schemas.openxmlformats.org/package/2006/";

    @TempDir
    Path dir;

    /** The demo on Friday morning; each test opens its own copy. */
    private Workspace demo() {
        return DemoCopies.open(dir.resolve("d.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    private static WeeklyOutput sheet(Workspace ws, ReportFormat format) {
        return WeeklyOutput.sheet(ws.weekly().data(WEEK), ZH, format);
    }

    private static WeeklyOutput dynamic(Workspace ws, ReportFormat format) {
        WeeklyData data = ws.weekly().data(WEEK);
        return DynamicReport.output(data, ws.dynamic().draft(WEEK), ws.dynamic().settings(), 7, ZH, format);
    }

    @Test
    void bothKindsAreWholePackagesEveryPartTypedAndEveryRelationshipFound() throws Exception {
        try (Workspace ws = demo()) {
            for (WeeklyOutput out : List.of(sheet(ws, ReportFormat.DOCX), dynamic(ws, ReportFormat.DOCX))) {
                DocxFiles docx = new DocxFiles(out.bytes()); // every part parses, namespace-aware, no DTD
                Map<String, String> overrides = new HashMap<>();
                Map<String, String> defaults = new HashMap<>();
                Element types = docx.part("[Content_Types].xml").getDocumentElement();
                for (Element o : byName(types, "Override")) {
                    overrides.put(o.getAttribute("PartName"), o.getAttribute("ContentType"));
                }
                for (Element d : byName(types, "Default")) {
                    defaults.put(d.getAttribute("Extension"), d.getAttribute("ContentType"));
                }
                for (String name : docx.names()) {
                    if (!name.equals("[Content_Types].xml")) {
                        String extension = name.substring(name.lastIndexOf('.') + 1);
                        assertTrue(overrides.containsKey("/" + name) || defaults.containsKey(extension), name + " has a content type");
                    }
                }
                assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        overrides.get("/word/document.xml"));
                for (String rels : List.of("_rels/.rels", "word/_rels/document.xml.rels")) {
                    String base = rels.startsWith("word/") ? "word/" : "";
                    for (Element r : byName(docx.part(rels).getDocumentElement(), "Relationship")) {
                        assertTrue(docx.names().contains(base + r.getAttribute("Target")), rels + " → " + r.getAttribute("Target"));
                    }
                }
                Element section = first(docx.part("word/document.xml"), "sectPr");
                assertEquals(List.of("11906", "16838"), List.of(attr(first(section, "pgSz"), "w"), attr(first(section, "pgSz"), "h")), "A4");
                assertTrue(out.fileName().endsWith(".docx"), out.fileName());
            }
            WeeklyData data = ws.weekly().data(WEEK);
            assertArrayEquals(dynamic(ws, ReportFormat.DOCX).bytes(),
                    DynamicReport.docx(data, ws.dynamic().draft(WEEK), ws.dynamic().settings(), 7, ZH), "the window's one call");
            DocxFiles dynamic = new DocxFiles(dynamic(ws, ReportFormat.DOCX).bytes());
            List<String> headings = dynamic.bodyParagraphs().stream().filter(p -> DocxFiles.style(p).equals(DocxStyles.HEADING_1))
                    .map(DocxFiles::text).toList();
            assertEquals(List.of("一、本周主要工作", "二、各单位进展情况", "三、发现的主要问题", "四、典型做法", "五、下步工作安排",
                    "六、需要协调解决的问题"), headings, "the six parts, real headings");
            assertEquals("第7期", DocxFiles.text(dynamic.bodyParagraphs().get(2)));
            assertEquals("— 1 —", DocxFiles.text(first(dynamic.part("word/footer1.xml"), "p")));
            assertFalse(all(new DocxFiles(sheet(ws, ReportFormat.DOCX).bytes()).part("word/document.xml"), "tbl").isEmpty(),
                    "the status sheet's tables are tables");
        }
    }

    private static List<Element> byName(Element root, String local) {
        org.w3c.dom.NodeList list = root.getElementsByTagNameNS("*", local);
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getNamespaceURI() != null && e.getNamespaceURI().startsWith(PACKAGE_NS)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void markupInAUnitNameAndAnEditedPartPrintsAsTypedAndA5000CharacterParagraphStaysWhole() throws Exception {
        try (Workspace ws = demo()) {
            Unit first = ws.units().units().get(0);
            String name = "东江<省>&\"试点\"";
            ws.units().update(new Unit(first.id(), name, first.kind(), first.contact(), first.phone(), first.sortOrder(), first.liaisonId()));
            String markup = "<b>台账</b> & \"引号\" > 规定";
            String long5000 = "长".repeat(4999) + "尾";
            ws.dynamic().saveText(WEEK, DynamicPart.PROBLEMS, markup + "\n" + long5000);

            DocxFiles dynamic = new DocxFiles(dynamic(ws, ReportFormat.DOCX).bytes());
            List<String> texts = dynamic.bodyParagraphs().stream().map(DocxFiles::text).toList();
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("\u3000\u3000" + name + "：")), texts.toString());
            assertTrue(texts.contains("\u3000\u3000" + markup), texts.toString());
            assertTrue(texts.contains("\u3000\u3000" + long5000), "one paragraph, every character");
            String xml = dynamic.text("word/document.xml");
            assertFalse(xml.contains("<b>") || xml.contains("<省>"), "markup is escaped, never markup");
            assertTrue(xml.contains("东江&lt;省&gt;&amp;&quot;试点&quot;"), "the unit's name escaped");

            DocxFiles sheet = new DocxFiles(sheet(ws, ReportFormat.DOCX).bytes());
            List<String> cells = all(first(sheet.part("word/document.xml"), "body"), "tc").stream().map(DocxFiles::text).toList();
            assertTrue(cells.contains(name), "the unit's name in the sheet's tables as typed: " + cells);
        }
    }

    @Test
    void plantedInternalTextsAreInNeitherKindInNeitherFormat() throws Exception {
        try (Workspace ws = demo()) {
            InternalTexts.plant(ws, WEEK.monday());
            WeeklyOutput dynamicDocx = dynamic(ws, ReportFormat.DOCX);
            String dynamicText = everyPart(dynamicDocx.bytes());
            assertTrue(dynamicText.contains("学习流于形式") && dynamicText.contains("以案促学"), "what may leave does");
            for (WeeklyOutput out : List.of(sheet(ws, ReportFormat.DOCX), dynamicDocx)) {
                String docx = everyPart(out.bytes());
                String pdf = pdfText(out.pdf().pdf());
                for (String secret : InternalTexts.SECRETS) {
                    assertFalse(docx.contains(secret), out.fileName() + ": " + secret);
                    assertFalse(pdf.contains(secret), out.pdf().fileName() + ": " + secret);
                }
            }
        }
    }

    /** Every part of the package as text, properties included. */
    private static String everyPart(byte[] docx) throws Exception {
        DocxFiles files = new DocxFiles(docx);
        StringBuilder b = new StringBuilder();
        files.names().forEach(n -> b.append(files.text(n)));
        return b.toString();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
