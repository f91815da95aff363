package org.guidancedesk.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeekNotes;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.WeeklyReport;
import org.guidancedesk.report.WeeklySections;
import org.guidancedesk.report.WeeklySheet;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.report.dynamic.DynamicHeader;
import org.guidancedesk.report.dynamic.DynamicSheet;
import org.guidancedesk.report.dynamic.DynamicWriter;
import org.guidancedesk.report.pdf.SheetPdf;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's weekly sheet and 工作动态 as .docx, opened by LibreOffice (headless) and printed to
 * PDF: every title, heading, paragraph, cell and signing part of the sheet is on the pages, in
 * order, as on the PDF the program makes itself. Skips when {@code soffice} is not on the PATH.
 * With {@code -Ddocx.shots=DIR} the .docx files and both PDFs of each are left in DIR.
 */
class DocxLibreOfficeTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        Assumptions.assumeTrue(onPath("soffice"), "soffice is not on the PATH");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && (Files.isExecutable(Path.of(folder, program))
                    || Files.isExecutable(Path.of(folder, program + ".exe")))) {
                return true;
            }
        }
        return false;
    }

    private Workspace demo(LocalDate today) {
        return DemoCopies.open(dir.resolve("demo-" + today + ".db"), today,
                Clock.fixed(today.atTime(17, 0).atZone(ZONE).toInstant(), ZONE));
    }

    /** The status sheet of the demo week, as WeeklyPdf lays it out. */
    private Sheet weeklySheet() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        try (Workspace ws = demo(today)) {
            ws.weekly().saveNotes(new WeekNotes(Week.of(today), "建议约谈南山县委主要负责同志", "下周一组长带队赴江城大学"));
            return WeeklySheet.of(WeeklyReport.build(ws.weekly().data(Week.of(today)), WeeklySections.standard()), ZH);
        }
    }

    /** The demo week's 工作动态, issue 3, with its 报送 and 抄送 lines. */
    private Sheet dynamicSheet() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        try (Workspace ws = demo(today)) {
            WeeklyData data = ws.weekly().data(Week.of(today));
            return DynamicSheet.of(data, DynamicWriter.write(data, ZH),
                    new DynamicHeader("", 3, "中央主题教育领导小组办公室", "各联系单位党委（党组）"), ZH);
        }
    }

    @Test
    void libreOfficePrintsTheWeeklySheetAndTheDynamicWithEveryTextOfThePdfInBothTypesettings() throws Exception {
        Sheet weekly = weeklySheet();
        Sheet dynamic = dynamicSheet();
        List<Path> files = new ArrayList<>();
        for (Typesetting type : Typesetting.values()) {
            String suffix = "-" + type.name().toLowerCase(Locale.ROOT) + ".docx";
            files.add(Files.write(dir.resolve("weekly" + suffix), DocxWriter.render(weekly, type)));
            files.add(Files.write(dir.resolve("dynamic" + suffix), DocxWriter.render(dynamic, type)));
        }
        Path out = dir.resolve("out");
        convert(out, files);
        keep(files, out, Map.of("weekly-ours.pdf", SheetPdf.render(weekly), "dynamic-ours.pdf", SheetPdf.render(dynamic)));

        for (Sheet sheet : List.of(weekly, dynamic)) {
            String name = sheet == weekly ? "weekly" : "dynamic";
            List<String> texts = texts(sheet);
            assertTrue(texts.size() > 20, texts.toString());
            assertInOrder(text(SheetPdf.render(sheet), sheet.footerPattern()), texts, "our PDF");
            for (Typesetting type : Typesetting.values()) {
                String pdf = name + "-" + type.name().toLowerCase(Locale.ROOT) + ".pdf";
                assertInOrder(text(Files.readAllBytes(out.resolve(pdf)), sheet.footerPattern()), texts, "LibreOffice's " + pdf);
            }
        }
        assertEquals(1, pages(Files.readAllBytes(out.resolve("dynamic-compact.pdf"))),
                "the demo's 工作动态 is one A4 page, as its PDF is");
        assertEquals(2, pages(Files.readAllBytes(out.resolve("weekly-compact.pdf"))), "the status sheet two, as its PDF");
        assertTrue(pages(Files.readAllBytes(out.resolve("dynamic-office.pdf"))) > 1, "三号 on 28 pt lines runs on");
    }

    /** Converts in one run (LibreOffice starts once), with a profile of its own so it never meets the user's. */
    private void convert(Path out, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Path log = dir.resolve("soffice.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish in 120 s: " + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
        for (Path f : files) {
            String pdf = f.getFileName().toString().replace(".docx", ".pdf");
            assertTrue(Files.isRegularFile(out.resolve(pdf)), pdf + ": " + Files.readString(log));
        }
    }

    /** With -Ddocx.shots=DIR: the .docx files, LibreOffice's PDFs of them and ours, to look at. */
    private static void keep(List<Path> docx, Path out, Map<String, byte[]> ours) throws IOException {
        String shots = System.getProperty("docx.shots");
        if (shots == null || shots.isBlank()) {
            return;
        }
        Path to = Files.createDirectories(Path.of(shots));
        for (Path f : docx) {
            Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            String pdf = f.getFileName().toString().replace(".docx", ".pdf");
            Files.copy(out.resolve(pdf), to.resolve(pdf.replace(".pdf", "-libreoffice.pdf")), StandardCopyOption.REPLACE_EXISTING);
        }
        for (Map.Entry<String, byte[]> e : ours.entrySet()) {
            Files.write(to.resolve(e.getKey()), e.getValue());
        }
    }

    /** Every text the sheet puts on paper, block by block, cell by cell, without white space. */
    private static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Block b : sheet.blocks()) {
            if (b instanceof Block.Title t) {
                out.add(t.text());
                out.add(t.subtitle());
            } else if (b instanceof Block.Heading h) {
                out.add(h.text());
            } else if (b instanceof Block.Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Block.Table t) {
                t.columns().forEach(c -> out.add(c.header()));
                t.rows().forEach(out::addAll);
            } else if (b instanceof Block.Signature s) {
                out.addAll(s.parts());
            }
        }
        return out.stream().map(DocxLibreOfficeTest::squeezed).filter(s -> !s.isEmpty()).toList();
    }

    /** Lines wrap differently in each PDF: compare without any white space (U+3000 included). */
    private static String squeezed(String s) {
        return s.replaceAll("[\\s\\u3000\\u00A0]+", "");
    }

    /**
     * The text of every page without white space, each page's footer checked ("— 1 —" from the
     * sheet's pattern, at the end of the page) and taken off, so a paragraph that runs onto the
     * next page reads as one.
     */
    private static String text(byte[] pdf, String footerPattern) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= n; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = squeezed(stripper.getText(doc));
                String footer = squeezed(new MessageFormat(footerPattern, Locale.ROOT).format(new Object[] {page, n}));
                assertTrue(text.endsWith(footer), "page " + page + " ends with its number " + footer + ": " + text);
                all.append(text, 0, text.length() - footer.length());
            }
            return all.toString();
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static void assertInOrder(String text, List<String> parts, String what) {
        int from = 0;
        for (String p : parts) {
            int at = text.indexOf(p, from);
            assertTrue(at >= 0, what + ": \"" + p + "\" after position " + from + " in:\n" + text.substring(Math.min(from, text.length())));
            from = at + p.length();
        }
    }
}
