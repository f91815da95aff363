package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly sheet as a Word file: named like its PDF, written whole like it, its text the sheet's. */
class WeeklyDocxTest {
    @TempDir
    Path dir;

    @Test
    void theDemoSheetAsDocxWrittenWholeUnderThePdfsNameWithDocx() throws Exception {
        Clock clock = Clock.fixed(WeeklyReportTest.TODAY.atTime(17, 0).atZone(WeeklyReportTest.ZONE).toInstant(),
                WeeklyReportTest.ZONE);
        try (Workspace ws = DemoCopies.open(dir.resolve("demo.db"), WeeklyReportTest.TODAY, clock)) {
            I18n zh = I18n.forLanguage("zh");
            WeeklyDocx.Rendered docx = WeeklyDocx.render(ws.weekly().data(Week.of(WeeklyReportTest.TODAY)), zh);
            String pdfName = WeeklyPdf.render(ws.weekly().data(Week.of(WeeklyReportTest.TODAY)), zh).fileName();
            assertEquals(pdfName.replace(".pdf", ".docx"), docx.fileName());

            Path target = dir.resolve(docx.fileName());
            WholeFile.write(target, docx.docx());
            String document = null;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(target)))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals("word/document.xml")) {
                        document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            assertTrue(document != null && document.contains("一、本周工作") && document.contains("填报人：李明"), document);
            try (var listing = Files.list(dir)) {
                assertEquals(List.of(), listing.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
            }
        }
    }

    @Test
    void aNameWithoutPdfStillEndsInDocx() {
        assertEquals("周报.docx", WeeklyDocx.docxName("周报.pdf"));
        assertEquals("周报.docx", WeeklyDocx.docxName("周报"));
    }
}
