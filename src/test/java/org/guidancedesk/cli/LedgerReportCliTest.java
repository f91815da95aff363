package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/** {@code report ledger}: the printed 台账 from the command line, filtered as the export is. */
class LedgerReportCliTest {
    @TempDir
    Path dir;
    private String savedData;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void loadSqlite() throws Exception {
        SQLiteJDBCLoader.initialize();
    }

    @BeforeEach
    void dataFolder() {
        savedData = System.getProperty("guidancedesk.data");
        System.setProperty("guidancedesk.data", dir.resolve("data").toString());
    }

    @AfterEach
    void restore() {
        if (savedData == null) {
            System.clearProperty("guidancedesk.data");
        } else {
            System.setProperty("guidancedesk.data", savedData);
        }
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path demoFile() {
        return DemoCopies.asDemoCommand(dir.resolve("demo.db"), java.time.LocalDate.of(2026, 11, 24));
    }

    private static String text(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void writesTheFilteredLedgerAndSaysHowMuch() throws IOException {
        Path db = demoFile();
        Path pdf = dir.resolve("ledger.pdf");
        assertEquals(0, run("report", "ledger", "--db", db.toString(), "--out", pdf.toString(), "--unit", "南山县",
                "--ledger", "整改", "--today", "2026-11-24"), err.toString());
        String text = text(pdf);
        assertTrue(text.startsWith("中央第十八指导组整改台账"), text);
        assertTrue(text.contains("单位：南山县"), text);
        assertFalse(text.contains("东江省"), text);
        assertTrue(out.toString().startsWith("已写入 " + pdf.toAbsolutePath()), out.toString());
        assertTrue(out.toString().contains("项，共 1 页"), out.toString());
    }

    @Test
    void anUnknownUnitOrStatusIsBadUsageAndWritesNothing() {
        Path db = demoFile();
        Path pdf = dir.resolve("ledger.pdf");
        assertEquals(2, run("report", "ledger", "--db", db.toString(), "--out", pdf.toString(), "--unit", "无此单位"));
        assertTrue(err.toString().contains("无此单位"), err.toString());
        assertEquals(2, run("report", "ledger", "--db", db.toString(), "--out", pdf.toString(), "--status", "差不多"));
        assertFalse(Files.exists(pdf));
    }

    @Test
    void speaksEnglishWhenAsked() {
        Path db = demoFile();
        Path pdf = dir.resolve("ledger.pdf");
        assertEquals(0, run("report", "ledger", "--db", db.toString(), "--out", pdf.toString(), "--overdue",
                "--lang", "en"), err.toString());
        assertTrue(out.toString().startsWith("wrote "), out.toString());
    }
}
