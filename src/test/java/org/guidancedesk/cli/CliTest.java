package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.guidancedesk.domain.Group;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/** The headless command line. Never run without a subcommand: that would open the window. */
class CliTest {
    private static final String[] TOUCHED_PROPERTIES = {"guidancedesk.data", "org.sqlite.tmpdir"};

    @TempDir
    Path dir;

    private final String[] saved = new String[TOUCHED_PROPERTIES.length];
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void loadSqliteBeforeTheDataFolderIsPointedAtATemporaryOne() throws Exception {
        // Otherwise the native library would be extracted into (and locked inside) a @TempDir.
        SQLiteJDBCLoader.initialize();
    }

    @BeforeEach
    void pointTheDataFolderAtATemporaryOne() {
        for (int i = 0; i < TOUCHED_PROPERTIES.length; i++) {
            saved[i] = System.getProperty(TOUCHED_PROPERTIES[i]);
        }
        System.setProperty("guidancedesk.data", dir.resolve("data").toString());
    }

    @AfterEach
    void restoreProperties() {
        for (int i = 0; i < TOUCHED_PROPERTIES.length; i++) {
            if (saved[i] == null) {
                System.clearProperty(TOUCHED_PROPERTIES[i]);
            } else {
                System.setProperty(TOUCHED_PROPERTIES[i], saved[i]);
            }
        }
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private List<String> errLines() {
        return err.toString().lines().filter(l -> !l.isBlank()).toList();
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void demoWritesTheDemoGroupIntoANewFile() {
        Path file = dir.resolve("new.db");

        assertEquals(0, run("demo", "--db", file.toString(), "--today", "2026-11-24"), err.toString());

        assertTrue(Files.isRegularFile(file));
        assertTrue(out.toString().contains(file.toAbsolutePath().toString()), out.toString());
        assertEquals("", err.toString());
        try (Workspace ws = Workspace.open(file, clock())) {
            Group g = ws.groups().group().orElseThrow();
            assertEquals(DemoData.GROUP_NAME, g.name());
            assertEquals(6, g.campaignWeek(java.time.LocalDate.of(2026, 11, 24)));
            assertFalse(ws.units().units().isEmpty());
        }
        assertTrue(Files.isDirectory(dir.resolve("data")), "the data folder given by guidancedesk.data");
    }

    @Test
    void demoRefusesToOverwriteAnExistingFileAndLeavesItAlone() throws IOException {
        Path file = dir.resolve("new.db");
        assertEquals(0, run("demo", "--db", file.toString(), "--today", "2026-11-24"));
        byte[] before = Files.readAllBytes(file);
        err.getBuffer().setLength(0);

        assertEquals(1, run("demo", "--db", file.toString(), "--today", "2026-11-24"));

        List<String> lines = errLines();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).contains(file.toString()), lines.get(0));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void demoRefusesAnyExistingFileEvenOneThatIsNotADatabase() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "不要覆盖我");
        assertEquals(1, run("demo", "--db", file.toString()));
        assertEquals(1, errLines().size(), err.toString());
        assertEquals("不要覆盖我", Files.readString(file));
    }

    @Test
    void demoWithoutDbIsBadUsage() {
        assertEquals(2, run("demo"));
        assertTrue(err.toString().contains("--db"), err.toString());
    }

    @Test
    void anImpossibleDateIsBadUsageAndWritesNothing() {
        Path file = dir.resolve("x.db");
        assertEquals(2, run("demo", "--db", file.toString(), "--today", "2026-13-45"));
        assertFalse(Files.exists(file));
    }

    @Test
    void anUnknownSubcommandOptionIsBadUsage() {
        assertEquals(2, run("demo", "--db", dir.resolve("x.db").toString(), "--no-such-option"));
    }

    @Test
    void demoIntoAMissingFolderFailsWithOneLineAndLeavesNoFile() throws IOException {
        Path folder = dir.resolve("missing").resolve("folder");
        Path file = folder.resolve("x.db");

        assertEquals(1, run("demo", "--db", file.toString(), "--today", "2026-11-24"));

        List<String> lines = errLines();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).contains(file.toAbsolutePath().toString()), lines.get(0));
        assertFalse(Files.exists(folder));
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("x.db")));
        }
    }

    @Test
    void versionPrintsTheProgramsVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().strip().startsWith("GuidanceDesk "), out.toString());
        assertTrue(out.toString().strip().length() > "GuidanceDesk ".length());
    }

    @Test
    void helpListsTheDemoCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("demo"), out.toString());
        assertTrue(out.toString().contains("--db"), out.toString());
    }

    @Test
    void demoHelpDescribesItsOptions() {
        assertEquals(0, run("demo", "--help"));
        assertTrue(out.toString().contains("--today"), out.toString());
        assertTrue(out.toString().contains("--size"), out.toString());
        assertTrue(out.toString().contains("--seed"), out.toString());
    }

    /** The large group itself is LargeDemoTest's; here only the choice of size. */
    @Test
    void demoOfAnUnknownSizeIsBadUsageSaidInTheChosenLanguageAndWritesNothing() {
        Path file = dir.resolve("x.db");
        assertEquals(2, run("demo", "--db", file.toString(), "--size", "huge"));
        assertTrue(err.toString().contains("small（六个单位的演示组）或 large") && err.toString().contains("“huge”"),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("demo", "--db", file.toString(), "--size", "huge", "--lang", "en"));
        assertTrue(err.toString().contains("--size must be small"), err.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void demoOfTheSmallSizeIsTheDemo() {
        Path file = dir.resolve("small.db");
        assertEquals(0, run("demo", "--db", file.toString(), "--today", "2026-11-24", "--size", "SMALL"), err.toString());
        try (Workspace ws = Workspace.open(file, clock())) {
            assertEquals(DemoData.GROUP_NAME, ws.groups().group().orElseThrow().name());
        }
    }

    // --- report weekly -------------------------------------------------------------------

    private Path demoFile() {
        return DemoCopies.asDemoCommand(dir.resolve("demo.db"), java.time.LocalDate.of(2026, 11, 24));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void reportWeeklyWritesTheSheetOfTheGivenWeek() throws IOException {
        Path db = demoFile();
        Path pdf = dir.resolve("week.pdf");

        assertEquals(0, run("report", "weekly", "--db", db.toString(), "--week", "2026-W48", "--today", "2026-11-24",
                "--out", pdf.toString()), err.toString());

        String text = pdfText(pdf);
        assertTrue(text.contains("中央第十八指导组工作进展周报"), text);
        assertTrue(text.contains("第6周"), text);
        assertTrue(out.toString().contains("（共 2 页）"), out.toString()); // one A4 page, two at most
    }

    @Test
    void aWeekCanBeNamedByItsCampaignNumberAsTheSheetNamesIt() throws IOException {
        Path db = demoFile();
        Path byNumber = dir.resolve("by-number.pdf");
        Path byIso = dir.resolve("by-iso.pdf");

        assertEquals(0, run("report", "weekly", "--db", db.toString(), "--week", "6", "--today", "2026-11-24",
                "--out", byNumber.toString()), err.toString());
        assertEquals(0, run("report", "weekly", "--db", db.toString(), "--week", "2026-W48", "--today", "2026-11-24",
                "--out", byIso.toString()), err.toString());
        assertTrue(Arrays.equals(Files.readAllBytes(byIso), Files.readAllBytes(byNumber)), "第6周 is 2026-W48");
    }

    @Test
    void aWeekOutsideTheCampaignIsRefusedWithTheCampaignsSpan() {
        Path db = demoFile();
        Path pdf = dir.resolve("week.pdf");

        assertEquals(1, run("report", "weekly", "--db", db.toString(), "--week", "60", "--out", pdf.toString()));
        assertTrue(errLines().get(0).startsWith("第60周（"), err.toString());
        assertTrue(errLines().get(0).contains("不在本次主题教育期间"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("report", "weekly", "--db", db.toString(), "--week", "2026-W30", "--out", pdf.toString()));
        assertTrue(errLines().get(0).startsWith("2026-W30（7月20日—7月26日）不在本次主题教育期间"), err.toString());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anOutputThatIsNeitherPdfNorDocxIsBadUsageBeforeAnythingIsRead() throws IOException {
        Path db = demoFile();
        Path txt = dir.resolve("week.txt");
        Path doc = dir.resolve("week.DOC");

        assertEquals(2, run("report", "weekly", "--db", db.toString(), "--out", txt.toString()));
        assertTrue(errLines().get(0).startsWith("--out 应以 .pdf 或 .docx 结尾：" + txt), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", "weekly", "--db", db.toString(), "--kind", "dynamic", "--out", doc.toString()));
        assertTrue(errLines().get(0).startsWith("--out 应以 .pdf 或 .docx 结尾：" + doc + "（不写 .doc 文件；.docx 可用 Word"),
                "the old Word format named, .docx offered: " + err);
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", "weekly", "--db", db.toString(), "--out", dir.resolve(".docx").toString(), "--lang", "en"));
        assertTrue(errLines().get(0).startsWith("--out must end in .pdf or .docx:"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", "ledger", "--db", db.toString(), "--out", dir.resolve("ledger.docx").toString()));
        assertTrue(errLines().get(0).startsWith("--out 应以 .pdf 结尾"), "the 台账 is printed only: " + err);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|doc|docx)")).toList());
        }
    }

    /** {@code report weekly --db DB --today 2026-11-24} and the rest, the demo's day. */
    private int weekly(Path db, String... args) {
        String[] all = Stream.concat(Stream.of("report", "weekly", "--db", db.toString(), "--today", "2026-11-24"),
                Arrays.stream(args)).toArray(String[]::new);
        return run(all);
    }

    /** The text of a .docx's document part, without its markup. */
    private static String docxText(Path docx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            return xml.replaceAll("<[^>]+>", "");
        }
    }

    @Test
    void bothKindsAsDocxByTheExtensionReadingOnlyAsThePdfDoes() throws IOException {
        Path db = demoFile();
        Path sheet = dir.resolve("week.docx");
        Path dynamic = dir.resolve("动态.DOCX");

        assertEquals(0, weekly(db, "--week", "6", "--out", sheet.toString()), err.toString());
        assertEquals(0, weekly(db, "--kind", "dynamic", "--week", "5", "--out", dynamic.toString()), err.toString());

        assertTrue(docxText(sheet).contains("中央第十八指导组工作进展周报"), docxText(sheet));
        assertTrue(docxText(dynamic).contains("第5期") && docxText(dynamic).contains("一、本周主要工作"), docxText(dynamic));
        assertTrue(out.toString().contains("已写入 " + sheet.toAbsolutePath() + "（共 2 页）"), out.toString());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sheet)));
        }
        try (Workspace ws = Workspace.open(db, clock())) {
            assertEquals(List.of(), ws.weekly().archived(), "without --issue nothing is archived");
        }
    }

    @Test
    void issuingTheDynamicAsDocxGivesTheWeekItsNumberAndArchivesThePdfOfTheSameContent() throws IOException {
        Path db = demoFile();
        Path docx = dir.resolve("动态.docx");
        Path again = dir.resolve("again.pdf");

        assertEquals(0, weekly(db, "--kind", "dynamic", "--issue", "--week", "6", "--out", docx.toString()), err.toString());

        assertTrue(docxText(docx).contains("第6期"), "the next number after the demo's 第1-5期: " + docxText(docx));
        assertTrue(out.toString().contains("已编为工作动态第6期，同样内容的 PDF 已存档"), out.toString());
        assertTrue(out.toString().contains("尚未标记已报：报送内容可写“工作动态第6期”"), "the week's deadline is named: " + out);
        byte[] archived;
        try (Workspace ws = Workspace.open(db, clock())) {
            assertEquals(6, ws.dynamic().issues().get(ws.dynamic().issues().size() - 1).number());
            List<org.guidancedesk.domain.ArchivedSheet> kept = ws.weekly().archived();
            assertEquals(1, kept.size());
            assertEquals("动态.pdf", kept.get(0).fileName(), "the PDF under the file's own name");
            archived = ws.weekly().archivedPdf(kept.get(0).id());
        }
        assertEquals(0, weekly(db, "--kind", "dynamic", "--week", "6", "--out", again.toString()), err.toString());
        assertArrayEquals(Files.readAllBytes(again), archived, "a reprint is the PDF of what the .docx says");
        assertEquals(0, weekly(db, "--kind", "dynamic", "--issue", "--week", "6", "--out", again.toString()), err.toString());
        try (Workspace ws = Workspace.open(db, clock())) {
            assertEquals(6, ws.dynamic().issues().size(), "issued again, the week keeps its number");
            assertEquals(2, ws.weekly().archived().size());
        }
        assertEquals(2, run("report", "weekly", "--db", db.toString(), "--issue", "--out", again.toString()));
        assertTrue(errLines().get(0).startsWith("--issue 只用于工作动态"), err.toString());
    }

    @Test
    void theDynamicOfAnIssuedWeekCarriesItsNumberAndADraftLeavesItBlank() throws IOException {
        Path db = demoFile();
        Path issued = dir.resolve("issued.pdf");
        Path draft = dir.resolve("draft.pdf");

        assertEquals(0, weekly(db, "--kind", "dynamic", "--week", "5", "--out", issued.toString()), err.toString());
        assertEquals(0, weekly(db, "--kind", "dynamic", "--week", "6", "--out", draft.toString()), err.toString());

        assertTrue(pdfText(issued).contains("第5期"), pdfText(issued));
        assertTrue(pdfText(draft).contains("主题教育工作动态"), pdfText(draft));
        assertFalse(pdfText(draft).matches("(?s).*第\\d+期.*"), pdfText(draft));
        assertEquals(2, run("report", "weekly", "--db", db.toString(), "--kind", "bulletin", "--out", draft.toString()));
        assertTrue(errLines().get(errLines().size() - 2).contains("sheet（周工作进展表）或 dynamic（工作动态）"), err.toString());
    }

    @Test
    void aMalformedWeekIsBadUsageAndWritesNothing() {
        Path db = demoFile();
        Path pdf = dir.resolve("week.pdf");

        assertEquals(2, run("report", "weekly", "--db", db.toString(), "--week", "2026-48", "--out", pdf.toString()));
        assertTrue(err.toString().contains("2026-W48"), err.toString());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aMissingDatabaseFailsWithOneLineAndCreatesNothing() {
        Path db = dir.resolve("missing.db");
        Path pdf = dir.resolve("week.pdf");

        assertEquals(1, run("report", "weekly", "--db", db.toString(), "--out", pdf.toString()));
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).contains("missing.db"));
        assertFalse(Files.exists(db), "the database is not created");
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anUnwritableOutputFailsAndLeavesNoPartialFile() throws IOException {
        Path db = demoFile();
        Path pdf = dir.resolve("no-such-folder").resolve("week.pdf");

        assertEquals(1, run("report", "weekly", "--db", db.toString(), "--out", pdf.toString()));
        assertEquals(1, errLines().size(), err.toString());
        assertFalse(Files.exists(pdf));
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp") || p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void reportWithoutItsKindIsBadUsage() {
        assertEquals(2, run("report"));
    }

    // --- agenda --------------------------------------------------------------------------

    @Test
    void agendaPrintsOverdueThenUpcomingItems() {
        Path db = demoFile();

        assertEquals(0, run("agenda", "--db", db.toString(), "--today", "2026-11-24"), err.toString());

        List<String> lines = out.toString().lines().filter(l -> !l.isBlank() && !l.startsWith("演示数据已写入")).toList();
        assertTrue(lines.get(0).startsWith("状态"), lines.get(0));
        assertTrue(lines.get(2).contains("逾期") && lines.get(2).contains("2026-11-11"), lines.get(2));
        assertTrue(lines.stream().anyMatch(l -> l.contains("报送工作动态") && l.contains("2026-11-27")), out.toString());
    }

    @Test
    void agendaAsCsvHasAHeaderAndOneLinePerItem() {
        Path db = demoFile();
        out.getBuffer().setLength(0);

        assertEquals(0, run("agenda", "--db", db.toString(), "--today", "2026-11-24", "--days", "3", "--csv"));

        List<String> lines = out.toString().lines().toList();
        assertEquals("\uFEFF状态,日期,类别,单位,事项,本组联络人", lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",", -1).length == 6), out.toString());
        assertTrue(lines.stream().skip(1).noneMatch(l -> l.split(",", -1)[3].contains("联络")), "the unit field is the unit");
        assertTrue(lines.stream().skip(1).anyMatch(l -> l.split(",", -1)[5].matches(".+ 138 0013 \\d{4}")), out.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("2026-12-01")), "beyond three days");
    }

    @Test
    void agendaRefusesABadDayCountAndAMissingFile() {
        assertEquals(2, run("agenda", "--db", "x.db", "--days", "-1"));
        assertEquals(1, run("agenda", "--db", dir.resolve("missing.db").toString()));
        assertFalse(Files.exists(dir.resolve("missing.db")));
    }

    private int ledgerItems(Path db) {
        try (Workspace ws = Workspace.open(db, clock())) {
            return ws.ledger().items().size();
        }
    }

    @Test
    void importRectificationsWritesEveryRowOrNoneAndNamesEachBadCell() throws IOException {
        Path db = demoFile();
        int before = ledgerItems(db);
        Path bad = dir.resolve("南山县.csv");
        Files.writeString(bad, "问题描述,整改时限,状态\n路灯不亮,2026-12-20,整改中\n道路积水,明年6月,整改中\n井盖缺失,2026-02-30,\n");
        err.getBuffer().setLength(0);

        assertEquals(1, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--today", "2026-11-24"));

        assertEquals(List.of("南山县.csv 第 3 行 · 整改时限（B 列）：无法识别的日期“明年6月”：请写出完整的年月日，如 2026-12-31 或 2026年12月31日",
                "南山县.csv 第 4 行 · 整改时限（B 列）：“2026-02-30”不是一个存在的日期",
                "未导入任何内容：南山县.csv 中有 2 个问题"), errLines());
        assertEquals(before, ledgerItems(db));

        assertEquals(0, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--skip", "3,4", "--dry-run", "--today", "2026-11-24"), err.toString());
        assertTrue(out.toString().contains("试导入：南山县.csv 中的 1 条事项可以导入"), out.toString());
        assertEquals(before, ledgerItems(db));

        assertEquals(0, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--skip", "3,4", "--today", "2026-11-24"), err.toString());
        assertEquals(before + 1, ledgerItems(db));

        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--skip", "3,4", "--today", "2026-11-24"), "the same file again updates the item it added: nothing");
        assertTrue(out.toString().contains("未写入任何内容：南山县.csv 与台账中的事项一致"), out.toString());
        assertEquals(before + 1, ledgerItems(db));
        err.getBuffer().setLength(0);
        assertEquals(1, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--skip", "3,4", "--as-new", "--today", "2026-11-24"), "the same file twice as new is refused");
        assertTrue(err.toString().contains("--again"), err.toString());
        assertEquals(before + 1, ledgerItems(db));
        assertEquals(0, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--skip", "3,4", "--as-new", "--again", "--today", "2026-11-24"), err.toString());
        assertEquals(before + 2, ledgerItems(db));
    }

    /** 南山县's export with a status done, a measure reworded, a row added, a row dropped and a 销号 undone. */
    private static void editExport(Path csv) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Arrays.asList(Files.readString(csv).replace("\uFEFF", "")
                .split("\r\n")));
        lines.removeIf(l -> l.contains(",整改-018,"));
        lines.replaceAll(l -> l.contains(",整改-019,") ? l.replace(",整改中,", ",已完成,")
                : l.contains(",整改-017,") ? l.replace("实施乡村道路修复工程", "实施乡村道路修复工程，年底前完成主干道修复")
                : l.contains(",整改-021,") ? l.replace(",已销号,", ",整改中,").replace(",2026-10-31,2026-11-03,中央第十八指导组,", ",,,,")
                : l);
        lines.add("8,,整改台账,南山县,群众反映,群众反映：农村垃圾清运不及时,增加清运频次,林涛,县城管局,限期整改,2026-12-20,未启动,,,,,,,");
        Files.writeString(csv, String.join("\r\n", lines) + "\r\n");
    }

    @Test
    void importRectificationsUpdatesTheItemsAnEditedExportMatchesAndPrintsThePlanFirst() throws IOException {
        Path db = demoFile();
        Path csv = dir.resolve("南山县.csv");
        assertEquals(0, run("export", "rectifications", "--db", db.toString(), "--out", csv.toString(), "--unit", "南山县"));
        editExport(csv);
        int before = ledgerItems(db);
        String[] update = {"import", "rectifications", "--db", db.toString(), "--in", csv.toString(), "--today", "2026-11-24"};
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        assertEquals(1, run(update), "a status moved back needs --allow-backward");
        assertEquals(List.of("南山县.csv 第 7 行 → 整改-021（按编号，状态回退）：状态：已销号 → 整改中；完成时间：2026年10月31日 → （空）；"
                + "销号时间：2026年11月3日 → （空）",
                "未导入任何内容：有 1 行会使事项的状态回退（第 7 行）；确需如此，请加 --allow-backward，或在文件中改正状态"), errLines());
        assertEquals(before, ledgerItems(db));

        out.getBuffer().setLength(0);
        String[] allowed = Stream.concat(Arrays.stream(update), Stream.of("--allow-backward")).toArray(String[]::new);
        assertEquals(0, run(Stream.concat(Arrays.stream(allowed), Stream.of("--dry-run")).toArray(String[]::new)),
                err.toString());
        assertEquals(List.of("南山县.csv：新增 1 项，更新 3 项，未变 3 项；文件中未列出的已有事项 1 项（保持原样）",
                "第 4 行 → 整改-017（按编号）：整改措施：“实施乡村道路修复工程” → “实施乡村道路修复工程，年底前完成主干道修复”",
                "第 5 行 → 整改-019（按编号）：状态：整改中 → 已完成",
                "第 7 行 → 整改-021（按编号，状态回退）：状态：已销号 → 整改中；完成时间：2026年10月31日 → （空）；销号时间：2026年11月3日 → （空）",
                "新增：第 8 行",
                "文件中未列出，保持原样：整改-018 调研检视发现：村级集体经济薄弱，“空壳村”较多",
                "试导入：南山县.csv 中的 4 条事项可以导入；未写入任何内容"), out.toString().lines().toList());
        assertEquals(before, ledgerItems(db));

        out.getBuffer().setLength(0);
        assertEquals(0, run(allowed), err.toString());
        assertTrue(out.toString().endsWith("已从 南山县.csv 导入：新增 1 项，更新 3 项" + System.lineSeparator()), out.toString());
        assertEquals(before + 1, ledgerItems(db));
        try (Workspace ws = Workspace.open(db, clock())) {
            assertTrue(ws.ledger().items().stream().anyMatch(r -> r.serial() == 21
                    && r.status() == org.guidancedesk.domain.RectificationStatus.IN_PROGRESS));
        }

        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "rectifications", "--db", db.toString(), "--in", csv.toString(), "--as-new", "--again",
                "--lang", "en"), err.toString());
        assertEquals(List.of("南山县.csv: every row (7) imported as a new item, none compared with the ledger",
                "imported from 南山县.csv: 7 new, 0 updated"), out.toString().lines().toList());
        assertEquals(before + 8, ledgerItems(db));
    }

    @Test
    void importWithoutAUnitColumnOrUnitOptionSaysWhatIsMissing() throws IOException {
        Path db = demoFile();
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "问题描述,整改时限\n路灯不亮,2026-12-20\n");
        assertEquals(1, run("import", "rectifications", "--db", db.toString(), "--in", file.toString()));
        assertTrue(err.toString().contains("--unit"), err.toString());
        assertEquals(2, run("import", "rectifications", "--db", db.toString(), "--in", file.toString(), "--unit", "北山县"));
    }

    @Test
    void exportRectificationsWritesXlsxOrCsvWithFilters() throws IOException {
        Path db = demoFile();
        Path xlsx = dir.resolve("台账.xlsx");
        Path csv = dir.resolve("逾期.csv");
        assertEquals(0, run("export", "rectifications", "--db", db.toString(), "--out", xlsx.toString(),
                "--today", "2026-11-24"), err.toString());
        assertEquals(0, run("export", "rectifications", "--db", db.toString(), "--out", csv.toString(), "--overdue",
                "--unit", "南山县", "--today", "2026-11-24"), err.toString());
        byte[] zip = Files.readAllBytes(xlsx);
        assertTrue(zip[0] == 'P' && zip[1] == 'K', "a workbook");
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("\uFEFF序号,编号,台账,单位,类别,问题描述"), lines.get(0));
        assertTrue(lines.size() > 1 && lines.stream().skip(1).allMatch(l -> l.contains("南山县")), lines.toString());
        assertEquals(2, run("export", "rectifications", "--db", db.toString(), "--out", dir.resolve("x.pdf").toString()));
    }

    @Test
    void backupCheckAndRestoreBringADamagedFileBack() throws IOException {
        Path db = demoFile();
        int items = ledgerItems(db);
        Path copy = dir.resolve("copy.db");
        assertEquals(0, run("backup", "--db", db.toString(), "--out", copy.toString()), err.toString());
        assertEquals(0, run("backup", "--db", db.toString()), err.toString());
        assertTrue(out.toString().contains("备份已写入并校验无误"), out.toString());
        assertEquals(0, run("check", "--db", db.toString()), err.toString());
        assertTrue(out.toString().contains("完好：中央第十八指导组：6 个单位"), out.toString());

        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(4096 * 2);
            raf.write(new byte[4096]);
        }
        err.getBuffer().setLength(0);
        assertEquals(1, run("check", "--db", db.toString()));
        assertTrue(err.toString().startsWith("已损坏："), err.toString());

        assertEquals(0, run("restore", "--db", db.toString(), "--from", copy.toString()), err.toString());
        assertTrue(out.toString().contains("已将损坏的文件移到一旁"), out.toString());
        assertEquals(0, run("check", "--db", db.toString()));
        assertEquals(items, ledgerItems(db));
        assertEquals(1, run("backup", "--db", db.toString(), "--out", copy.toString()), "never overwrites");
    }

    @Test
    void theCommandLineAndTheWindowKeepOneSetOfBackups() {
        Path db = demoFile();
        org.guidancedesk.service.BackupService window = new org.guidancedesk.service.BackupService(
                org.guidancedesk.platform.DataFolder.backups(dir.resolve("data")), clock());
        assertEquals(0, run("backup", "--db", db.toString()), err.toString());
        List<org.guidancedesk.domain.BackupFile> made = window.list(db);
        assertEquals(1, made.size(), "the window lists the command line's backup");
        assertEquals("MANUAL", made.get(0).reason());

        Path windowsOwn = window.create(db).file();
        assertEquals(0, run("restore", "--db", db.toString(), "--from", windowsOwn.toString()), err.toString());
        assertTrue(window.list(db).stream().anyMatch(b -> b.reason().equals("BEFORE_RESTORE")),
                "the file as it was, backed up where the window looks: " + window.list(db));
    }

    // --- issue 11 defect 11: the chosen language; issue 10 items 10, 12, 13, 14 -------------

    @Test
    void englishCountsAreSingularForOne() {
        assertEquals("g: 1 unit, 2 action records, 1 deadline, 0 ledger items (data version 8)",
                org.guidancedesk.i18n.I18n.forLanguage("en").tr("cli.summary", "g", 1, 2, 1, 0, 8));
    }

    @Test
    void everyMessageIsInTheChosenLanguageChineseByDefault() throws IOException {
        Path en = dir.resolve("en.db");
        assertEquals(0, run("demo", "--db", en.toString(), "--today", "2026-11-24", "--lang", "en"), err.toString());
        assertTrue(out.toString().startsWith("demo written to "), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("export", "rectifications", "--db", en.toString(), "--out", dir.resolve("a.csv").toString(),
                "--unit", "南山县", "--lang", "en"), err.toString());
        assertTrue(out.toString().matches("exported \\d+ items to .*a\\.csv\\R"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("export", "rectifications", "--db", en.toString(), "--out", dir.resolve("b.csv").toString()));
        assertTrue(out.toString().matches("已导出 \\d+ 条事项到 .*b\\.csv\\R"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--lang", "en", "export", "rectifications", "--db", en.toString(), "--out",
                dir.resolve("c.csv").toString()), err.toString());
        assertTrue(out.toString().startsWith("exported "), "--lang before the command counts too: " + out);
        out.getBuffer().setLength(0);
        assertEquals(0, run("check", "--db", en.toString(), "--lang", "en"));
        assertTrue(out.toString().startsWith("healthy: 中央第十八指导组: 6 units, "), out.toString());

        Path bad = Files.writeString(dir.resolve("bad.csv"), "问题描述,整改时限\n路灯不亮,明年6月\n");
        assertEquals(1, run("import", "rectifications", "--db", en.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--lang", "en"));
        assertEquals("nothing imported: 1 problem in bad.csv", errLines().get(errLines().size() - 1));
        assertTrue(errLines().get(0).startsWith("bad.csv row 2"), errLines().get(0));

        err.getBuffer().setLength(0);
        assertEquals(2, run("agenda", "--db", en.toString(), "--days", "-1", "--lang", "en"));
        assertEquals("--days must be 0 to 366, not -1", errLines().get(0));
        err.getBuffer().setLength(0);
        assertEquals(2, run("agenda", "--db", en.toString(), "--days", "-1"));
        assertEquals("--days 应为 0 到 366 之间的天数，而不是 -1", errLines().get(0));
        err.getBuffer().setLength(0);
        assertEquals(2, run("demo"));
        assertEquals(List.of("缺少必需的选项：--db", "用法见 guidance-desk demo --help"), errLines());
        err.getBuffer().setLength(0);
        assertEquals(2, run("demo", "--lang", "fr", "--db", dir.resolve("fr.db").toString()));
        assertEquals("--lang 应为 zh 或 en，而不是“fr”", errLines().get(0));
        err.getBuffer().setLength(0);
        assertEquals(1, run("check", "--db", dir.resolve("none.db").toString(), "--lang", "en"));
        assertEquals(List.of("no such file: " + dir.resolve("none.db")), errLines());
    }

    @Test
    void controlCharactersFromAFileAreNeverPrintedRaw() throws IOException {
        Path db = demoFile();
        Path bad = Files.writeString(dir.resolve("南山县.csv"),
                "问题描述,整改时限\n\u001B[2J\u001B[H路灯不亮,\u001B[2J\u0007\u009B31mALL CLEAR\n");
        err.getBuffer().setLength(0);

        assertEquals(1, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县"));

        String printed = err.toString();
        assertTrue(printed.contains("ALL CLEAR"), printed); // the cell is quoted in the problem line
        assertTrue(printed.chars().noneMatch(c -> (c < 0x20 && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)),
                printed);
    }

    @Test
    void aCommandOnAFileInUseIsToldAnotherProgramHoldsIt() throws IOException {
        Path db = demoFile();
        Path csv = Files.writeString(dir.resolve("x.csv"), "问题描述,整改时限\n路灯不亮,2026-12-20\n");
        err.getBuffer().setLength(0);
        try (Workspace window = Workspace.open(db, clock())) {
            assertEquals(1, run("import", "rectifications", "--db", db.toString(), "--in", csv.toString(),
                    "--unit", "南山县"));
        }
        List<String> lines = errLines();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).contains("正被另一个程序使用") && lines.get(0).contains(db.toString()), lines.get(0));
        assertFalse(lines.get(0).contains("窗口中打开"), lines.get(0));
    }

    @Test
    void anExportToAMissingFolderNamesTheFileAndFolderGiven() {
        Path db = demoFile();
        Path missing = dir.resolve("no-such-folder");
        err.getBuffer().setLength(0);

        assertEquals(1, run("export", "rectifications", "--db", db.toString(), "--out", missing.resolve("台账.xlsx").toString()));

        assertEquals(List.of("无法写入 " + missing.resolve("台账.xlsx") + "：文件夹 " + missing + " 不存在"), errLines());
        err.getBuffer().setLength(0);
        assertEquals(1, run("report", "weekly", "--db", db.toString(), "--out", missing.resolve("w.pdf").toString(),
                "--lang", "en"));
        assertEquals(List.of("cannot write " + missing.resolve("w.pdf") + ": the folder " + missing + " does not exist"),
                errLines());
    }

    @Test
    void everyFileWrittenIsPrivate() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path db = demoFile();
        Path xlsx = dir.resolve("台账.xlsx");
        Path csv = dir.resolve("台账.csv");
        Path pdf = dir.resolve("周报.pdf");
        assertEquals(0, run("export", "rectifications", "--db", db.toString(), "--out", xlsx.toString()));
        assertEquals(0, run("export", "rectifications", "--db", db.toString(), "--out", csv.toString()));
        assertEquals(0, run("report", "weekly", "--db", db.toString(), "--today", "2026-11-24", "--out", pdf.toString()));
        for (Path p : List.of(xlsx, csv, pdf)) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(p)), p.toString());
        }
    }

    @Test
    void datesOutsideTheRangeAreBadUsageNamingTheOption() {
        Path db = demoFile();
        Path pdf = dir.resolve("w.pdf");
        err.getBuffer().setLength(0);
        assertEquals(2, run("agenda", "--db", db.toString(), "--today", "+999999999-12-31"));
        assertEquals("--today：日期应在 2000 年至 2100 年之间，而不是“+999999999-12-31”", errLines().get(0));
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", "weekly", "--db", db.toString(), "--week", "0000-W01", "--out", pdf.toString(),
                "--lang", "en"));
        assertEquals("--week: the date must lie between the years 2000 and 2100, not \"0000-W01\"", errLines().get(0));
        err.getBuffer().setLength(0);
        assertEquals(2, run("demo", "--db", dir.resolve("old.db").toString(), "--today", "0001-01-01"));
        assertTrue(errLines().get(0).startsWith("--today："), errLines().get(0));
        assertFalse(Files.exists(pdf));
        assertFalse(Files.exists(dir.resolve("old.db")));
    }

    @Test
    void anImportWithYearOneOrYearZeroDueDatesIsRefusedRowByRow() throws IOException {
        Path db = demoFile();
        int before = ledgerItems(db);
        Path file = Files.writeString(dir.resolve("南山县.csv"), "问题描述,整改时限\n路灯不亮,0001-01-01\n道路积水,0000-01-01\n");
        err.getBuffer().setLength(0);

        assertEquals(1, run("import", "rectifications", "--db", db.toString(), "--in", file.toString(), "--unit", "南山县",
                "--today", "2026-11-24"));

        List<String> lines = errLines();
        assertEquals(3, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("南山县.csv 第 2 行 · 整改时限（B 列）：") && lines.get(0).contains("2000"), lines.get(0));
        assertTrue(lines.get(1).startsWith("南山县.csv 第 3 行 · 整改时限（B 列）："), lines.get(1));
        assertEquals(before, ledgerItems(db));
    }
}
