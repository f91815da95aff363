package org.guidancedesk.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeekNotes;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.ReportFormat;
import org.guidancedesk.report.WeeklyOutput;
import org.guidancedesk.report.WeeklyReport;
import org.guidancedesk.report.WeeklySections;
import org.guidancedesk.report.WeeklySheet;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.report.dynamic.DynamicReport;
import org.guidancedesk.report.pdf.OfficeFaces;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo week's status sheet and 工作动态 as the program saves them as .docx, opened by
 * LibreOffice (headless) and printed to PDF, read back with pdftotext: every title, heading,
 * paragraph, cell and signing part is on the pages, in order, as on the PDF the program makes
 * itself, with its page numbers, on as many pages. The formal typesetting too. Skips when
 * {@code soffice} or {@code pdftotext} is not on the PATH ({@code .ci/run} installs both). With
 * {@code -Ddocx.shots=DIR} the .docx files and both PDFs of each are left in DIR.
 */
class DocxLibreOfficeTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final I18n ZH = I18n.forLanguage("zh");
    /** A Friday, the day the 工作动态 goes up: the demo's sixth week. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOfficeAndPdftotext() {
        Assumptions.assumeTrue(onPath("soffice"), "soffice is not on the PATH");
        Assumptions.assumeTrue(onPath("pdftotext"), "pdftotext is not on the PATH");
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

    /** One report kind of the demo week: its sheet, what the program saves of it, and words it must show. */
    private record Kind(String name, Sheet sheet, WeeklyOutput docx, List<String> words) {}

    /** Both kinds of the demo week, with the week's notes, the 工作动态 numbered as it would be issued. */
    private List<Kind> demoWeek() {
        try (Workspace ws = DemoCopies.open(dir.resolve("demo.db"), FRIDAY,
                Clock.fixed(FRIDAY.atTime(17, 0).atZone(ZONE).toInstant(), ZONE))) {
            Week week = Week.of(FRIDAY);
            ws.weekly().saveNotes(new WeekNotes(week, "建议约谈南山县委主要负责同志", "下周一组长带队赴江城大学"));
            ws.dynamic().saveSettings(new DynamicSettings("", "中央主题教育领导小组办公室", "各联系单位党委（党组）", 1));
            WeeklyData data = ws.weekly().data(week);
            int number = ws.dynamic().numberFor(week);
            Sheet sheet = WeeklySheet.of(WeeklyReport.build(data, WeeklySections.standard()), ZH);
            Sheet dynamic = DynamicReport.sheet(data, ws.dynamic().draft(week), ws.dynamic().settings(), number, ZH);
            return List.of(
                    new Kind("sheet", sheet, WeeklyOutput.sheet(data, ZH, ReportFormat.DOCX),
                            List.of("中央第十八指导组工作进展周报", "第6周", "东江省", "填报人")),
                    new Kind("dynamic", dynamic, DynamicReport.output(data, ws.dynamic().draft(week), ws.dynamic().settings(),
                            number, ZH, ReportFormat.DOCX),
                            List.of("内部资料", "主题教育工作动态", "第" + number + "期", "一、本周主要工作", "二、各单位进展",
                                    "东江省", "六、需要协调解决的问题", "报送：中央主题教育领导小组办公室", "抄送：各联系单位党委（党组）")));
        }
    }

    @Test
    void libreOfficePrintsBothKindsOfTheDemoWeekWithEveryTextOfThePdfOnAsManyPages() throws Exception {
        List<Kind> kinds = demoWeek();
        Map<String, Path> files = new LinkedHashMap<>();
        for (Kind k : kinds) {
            files.put(k.name(), Files.write(dir.resolve(k.name() + ".docx"), k.docx().bytes()));
            files.put(k.name() + "-office", Files.write(dir.resolve(k.name() + "-office.docx"),
                    DocxWriter.render(k.sheet(), Typesetting.OFFICE, OfficeFaces.ALL)));
        }
        Path out = dir.resolve("out");
        convert(out, List.copyOf(files.values()));
        keep(files, out, kinds);

        for (Kind k : kinds) {
            Path printed = out.resolve(k.name() + ".pdf");
            String text = text(printed, k.sheet().footerPattern());
            String poppler = pdftotext(printed);
            for (String word : k.words()) {
                assertTrue(poppler.contains(squeezed(word)), k.name() + ": \"" + word + "\" in pdftotext's reading:\n" + poppler);
                assertTrue(text.contains(squeezed(word)), k.name() + ": \"" + word + "\" in LibreOffice's print:\n" + text);
            }
            List<String> texts = texts(k.sheet());
            assertTrue(texts.size() > 20, texts.toString());
            assertInOrder(text, texts, k.name() + ": LibreOffice's print");
            Path ours = Files.write(dir.resolve(k.name() + "-ours.pdf"), k.docx().pdf().pdf());
            assertInOrder(text(ours, k.sheet().footerPattern()), texts, k.name() + ": our PDF");
            assertEquals(k.docx().pages(), pages(printed), k.name() + ": as many pages as its PDF");
            assertInOrder(text(out.resolve(k.name() + "-office.pdf"), k.sheet().footerPattern()), texts,
                    k.name() + ": LibreOffice's print of the formal typesetting");
        }
        assertEquals(1, pages(out.resolve("dynamic.pdf")), "the demo's 工作动态 is one A4 page, as its PDF is");
        assertTrue(pages(out.resolve("sheet.pdf")) <= 2, "the status sheet two at most");
        assertTrue(pages(out.resolve("dynamic-office.pdf")) > 1, "三号 on 28 pt lines runs on");
    }

    /** Converts in one run (LibreOffice starts once), with a profile of its own so it never meets the user's. */
    private void convert(Path out, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Path log = dir.resolve("soffice.log");
        run(command, log, 180);
        for (Path f : files) {
            String pdf = f.getFileName().toString().replace(".docx", ".pdf");
            assertTrue(Files.isRegularFile(out.resolve(pdf)), pdf + ": " + Files.readString(log));
        }
    }

    private static void run(List<String> command, Path log, int seconds) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + seconds + " s: " + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
    }

    /** With -Ddocx.shots=DIR: the .docx files, LibreOffice's PDFs of them and ours, to look at. */
    private static void keep(Map<String, Path> docx, Path out, List<Kind> kinds) throws IOException {
        String shots = System.getProperty("docx.shots");
        if (shots == null || shots.isBlank()) {
            return;
        }
        Path to = Files.createDirectories(Path.of(shots));
        for (Map.Entry<String, Path> e : docx.entrySet()) {
            Files.copy(e.getValue(), to.resolve(e.getKey() + ".docx"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(out.resolve(e.getKey() + ".pdf"), to.resolve(e.getKey() + "-libreoffice.pdf"), StandardCopyOption.REPLACE_EXISTING);
        }
        for (Kind k : kinds) {
            Files.write(to.resolve(k.name() + "-ours.pdf"), k.docx().pdf().pdf());
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
     * The text of every page without white space (PDFBox, in the order it was drawn), each
     * page's footer checked ("— 1 —" from the sheet's pattern, at the end of the page) and taken
     * off, so a paragraph that runs onto the next page reads as one.
     */
    private static String text(Path pdf, String footerPattern) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = doc.getNumberOfPages();
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= n; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = squeezed(stripper.getText(doc));
                String footer = squeezed(new MessageFormat(footerPattern, Locale.ROOT).format(new Object[] {page, n}));
                assertTrue(text.endsWith(footer), pdf.getFileName() + " page " + page + " ends with its number " + footer + ": " + text);
                all.append(text, 0, text.length() - footer.length());
            }
            return all.toString();
        }
    }

    /** The text as poppler's pdftotext reads it (another reader than the PDF library's), without white space. */
    private String pdftotext(Path pdf) throws Exception {
        Path txt = dir.resolve(pdf.getFileName() + ".txt");
        run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString()), dir.resolve("pdftotext.log"), 60);
        return squeezed(Files.readString(txt, StandardCharsets.UTF_8));
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
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
