package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.guidancedesk.tabular.RawTable;
import org.guidancedesk.tabular.TableReader;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export checklist} and {@code export deadlines}: the files, the messages in both languages, the refusals. */
class ExportCliTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path db;

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void demo() {
        db = DemoCopies.asDemoCommand(dir.resolve("demo.db"), java.time.LocalDate.of(2026, 11, 24));
    }

    @Test
    void exportChecklistWritesTheMatrixAsXlsxOrCsvAndSaysSo() throws Exception {
        Path xlsx = dir.resolve("规定动作.xlsx");
        byte[] before = Files.readAllBytes(db);
        assertEquals(0, run("export", "checklist", "--db", db.toString(), "--out", xlsx.toString(), "--today", "2026-11-24"),
                err.toString());
        assertEquals("已导出规定动作落实情况（24 项 × 6 个单位）到 " + xlsx + System.lineSeparator(), out.toString());
        assertArrayEquals(before, Files.readAllBytes(db), "reading never writes");
        RawTable t = TableReader.read(xlsx);
        assertEquals("中央第十八指导组 规定动作落实情况", t.rows().get(0).text(0));
        assertEquals("东江省", t.rows().get(2).text(3));

        Path csv = dir.resolve("matrix.csv");
        assertEquals(0, run("export", "checklist", "--db", db.toString(), "--out", csv.toString(), "--today", "2026-11-24",
                "--lang", "en"), err.toString());
        assertEquals("exported the required actions (24 items × 6 units) to " + csv + System.lineSeparator(), out.toString());
        RawTable c = TableReader.read(csv);
        assertEquals(List.of("No.", "Phase", "Action or work item"), c.rows().get(0).cells().stream().limit(3)
                .map(x -> x.text()).toList());
    }

    @Test
    void exportDeadlinesWritesEveryOccurrenceWithItsState() throws Exception {
        Path csv = dir.resolve("上报材料.csv");
        assertEquals(0, run("export", "deadlines", "--db", db.toString(), "--out", csv.toString(), "--today", "2026-11-24"),
                err.toString());
        assertTrue(out.toString().matches("已导出 \\d+ 次上报材料报送到 .*上报材料\\.csv\\R"), out.toString());
        RawTable t = TableReader.read(csv);
        assertTrue(t.rows().stream().anyMatch(r -> r.text(1).equals("报送第一阶段进展情况") && r.text(6).equals("逾期未报")));

        Path xlsx = dir.resolve("sub.xlsx");
        assertEquals(0, run("export", "deadlines", "--db", db.toString(), "--out", xlsx.toString(), "--lang", "en"));
        assertTrue(out.toString().matches("exported \\d+ submissions to .*sub\\.xlsx\\R"), out.toString());
    }

    @Test
    void aWrongExtensionAMissingFileOrFolderIsRefusedInTheChosenLanguage() throws IOException {
        assertEquals(2, run("export", "deadlines", "--db", db.toString(), "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString().startsWith("--out 应以 .xlsx 或 .csv 结尾"), err.toString());
        assertEquals(2, run("export", "checklist", "--db", db.toString(), "--out", dir.resolve("x.pdf").toString(),
                "--lang", "en"));
        assertTrue(err.toString().startsWith("--out must end in .xlsx or .csv"), err.toString());

        Path none = dir.resolve("none.db");
        assertEquals(1, run("export", "checklist", "--db", none.toString(), "--out", dir.resolve("x.xlsx").toString()));
        assertTrue(Files.notExists(none), "never creates a database");

        Path missing = dir.resolve("no-such-folder").resolve("x.xlsx");
        assertEquals(1, run("export", "deadlines", "--db", db.toString(), "--out", missing.toString()));
        assertTrue(err.toString().contains("no-such-folder") && err.toString().contains("不存在"), err.toString());
    }
}
