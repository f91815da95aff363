package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.guidancedesk.domain.Group;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;
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
    }

    // --- report weekly -------------------------------------------------------------------

    private Path demoFile() {
        Path file = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", file.toString(), "--today", "2026-11-24"), err.toString());
        return file;
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
        assertTrue(out.toString().contains("2 pages"), out.toString()); // one A4 page, two at most
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

        List<String> lines = out.toString().lines().filter(l -> !l.isBlank() && !l.startsWith("demo written")).toList();
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
        assertEquals("\uFEFF状态,日期,类别,单位,事项", lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",", -1).length == 5), out.toString());
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
                "nothing imported: 2 problem(s) in 南山县.csv"), errLines());
        assertEquals(before, ledgerItems(db));

        assertEquals(0, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--skip", "3,4", "--dry-run", "--today", "2026-11-24"), err.toString());
        assertTrue(out.toString().contains("dry run: 1 items"), out.toString());
        assertEquals(before, ledgerItems(db));

        assertEquals(0, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--skip", "3,4", "--today", "2026-11-24"), err.toString());
        assertEquals(before + 1, ledgerItems(db));

        err.getBuffer().setLength(0);
        assertEquals(1, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--skip", "3,4", "--today", "2026-11-24"), "the same file twice is refused");
        assertTrue(err.toString().contains("--again"), err.toString());
        assertEquals(before + 1, ledgerItems(db));
        assertEquals(0, run("import", "rectifications", "--db", db.toString(), "--in", bad.toString(), "--unit", "南山县",
                "--skip", "3,4", "--again", "--today", "2026-11-24"), err.toString());
        assertEquals(before + 2, ledgerItems(db));
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
        assertTrue(out.toString().contains("backup written and checked"), out.toString());
        assertEquals(0, run("check", "--db", db.toString()), err.toString());
        assertTrue(out.toString().contains("healthy: 中央第十八指导组"), out.toString());

        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(4096 * 2);
            raf.write(new byte[4096]);
        }
        err.getBuffer().setLength(0);
        assertEquals(1, run("check", "--db", db.toString()));
        assertTrue(err.toString().startsWith("damaged: "), err.toString());

        assertEquals(0, run("restore", "--db", db.toString(), "--from", copy.toString()), err.toString());
        assertTrue(out.toString().contains("damaged file set aside"), out.toString());
        assertEquals(0, run("check", "--db", db.toString()));
        assertEquals(items, ledgerItems(db));
        assertEquals(1, run("backup", "--db", db.toString(), "--out", copy.toString()), "never overwrites");
    }
}
