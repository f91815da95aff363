package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly sheet as a Word file: named like its PDF, written whole like it, its text the sheet's, its PDF beside it. */
class WeeklyDocxTest {
    @TempDir
    Path dir;

    static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void theDemoSheetAsDocxWrittenWholeUnderThePdfsNameWithDocxAndThePdfOfTheSameSheetBeside() throws Exception {
        Clock clock = Clock.fixed(WeeklyReportTest.TODAY.atTime(17, 0).atZone(WeeklyReportTest.ZONE).toInstant(),
                WeeklyReportTest.ZONE);
        try (Workspace ws = DemoCopies.open(dir.resolve("demo.db"), WeeklyReportTest.TODAY, clock)) {
            I18n zh = I18n.forLanguage("zh");
            WeeklyData data = ws.weekly().data(Week.of(WeeklyReportTest.TODAY));
            WeeklyOutput docx = WeeklyOutput.sheet(data, zh, ReportFormat.DOCX);
            RenderedSheet pdf = WeeklyPdf.render(data, zh);
            assertEquals(ReportFormat.DOCX, docx.format());
            assertEquals(pdf.fileName().replace(".pdf", ".docx"), docx.fileName());
            assertTrue(docx.fileName().contains("第6周"), docx.fileName());
            assertEquals(pdf.fileName(), docx.pdf().fileName(), "the archive keeps the PDF under the PDF's name");
            assertEquals(pdf.pages(), docx.pages());
            assertArrayEquals(pdf.pdf(), docx.pdf().pdf(), "the same sheet, the same PDF bytes");
            assertArrayEquals(pdf.pdf(), WeeklyOutput.sheet(data, zh, ReportFormat.PDF).bytes());
            assertArrayEquals(docx.bytes(), WeeklyDocx.sheet(data, zh), "the window's one call gives the same file");

            Path target = dir.resolve(docx.fileName());
            WholeFile.write(target, docx.bytes());
            String document = documentXml(Files.readAllBytes(target));
            assertTrue(document.contains("一、本周工作") && document.contains("填报人：李明"), document);
            try (var listing = Files.list(dir)) {
                assertEquals(List.of(), listing.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
            }
        }
    }

    @Test
    void theFormatFollowsTheExtensionAndANameTakesTheOther() {
        assertEquals(Optional.of(ReportFormat.DOCX), ReportFormat.of("周报.DOCX"));
        assertEquals(Optional.of(ReportFormat.PDF), ReportFormat.of("周报.pdf"));
        for (String other : List.of("周报.doc", "周报.docx.txt", "周报", ".pdf", "周报.odt", "周报.wps")) {
            assertEquals(Optional.empty(), ReportFormat.of(other), other);
        }
        assertEquals("周报.docx", ReportFormat.DOCX.rename("周报.pdf"));
        assertEquals("周报.pdf", ReportFormat.PDF.rename("周报.Docx"));
        assertEquals("周报.docx", ReportFormat.DOCX.rename("周报"));
        assertEquals("周报.pdf", ReportFormat.PDF.rename("周报.pdf"));
    }
}
