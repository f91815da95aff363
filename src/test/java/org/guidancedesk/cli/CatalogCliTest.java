package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export catalog} and {@code import catalog}: a catalogue from one file into another, its plan first. */
class CatalogCliTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path demo;

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void files() {
        demo = DemoCopies.asDemoCommand(dir.resolve("demo.db"), LocalDate.of(2026, 11, 24));
    }

    @Test
    void aCatalogueExportedFromOneFileIsImportedIntoAnother() throws Exception {
        Path xlsx = dir.resolve("目录.xlsx");
        assertEquals(0, run("export", "catalog", "--db", demo.toString(), "--out", xlsx.toString(), "--today", "2026-11-24"),
                err.toString());
        assertEquals("已导出目录到 " + xlsx + "：阶段 10 个，规定动作 14 项，工作事项 10 项，台账类别 13 个，上报材料 10 项，"
                + "节点 3 个，审阅材料 10 种，单位类型规则 0 条" + System.lineSeparator(), out.toString());

        Path other = dir.resolve("other.db");
        assertEquals(0, run("demo", "--db", other.toString(), "--size", "small", "--today", "2026-10-01"), err.toString());
        byte[] before = Files.readAllBytes(other);
        assertEquals(0, run("import", "catalog", "--db", other.toString(), "--in", xlsx.toString(), "--dry-run",
                "--today", "2026-10-01"), err.toString());
        String plan = out.toString();
        assertTrue(plan.startsWith("目录.xlsx 新增 0 项，修改 "), plan);
        assertTrue(plan.contains("目录.xlsx 修改 · 规定动作：召开动员部署会：起始日期："), plan);
        assertTrue(plan.contains("试导入：目录.xlsx 可以导入"), plan);
        assertArrayEquals(before, Files.readAllBytes(other), "a dry run writes nothing");

        assertEquals(0, run("import", "catalog", "--db", other.toString(), "--in", xlsx.toString(), "--today", "2026-10-01"),
                err.toString());
        assertTrue(out.toString().contains("已从 目录.xlsx 导入目录：新增 0 项，修改 "), out.toString());
        assertTrue(out.toString().contains("；未删除任何内容"), out.toString());
        assertEquals(0, run("import", "catalog", "--db", other.toString(), "--in", xlsx.toString(), "--today", "2026-10-01"));
        assertTrue(out.toString().contains("未写入任何内容：目录.xlsx 中的条目与本组目录一致"), out.toString());
    }

    @Test
    void aFileWithProblemsIsRefusedWithEachProblemAndACsvOutIsAUsageError() throws Exception {
        assertEquals(2, run("export", "catalog", "--db", demo.toString(), "--out", dir.resolve("目录.csv").toString()));
        assertTrue(err.toString().startsWith("目录只能导出为 .xlsx"), err.toString());

        Path checklist = dir.resolve("matrix.xlsx");
        assertEquals(0, run("export", "checklist", "--db", demo.toString(), "--out", checklist.toString()));
        byte[] before = Files.readAllBytes(demo);
        assertEquals(1, run("import", "catalog", "--db", demo.toString(), "--in", checklist.toString(), "--lang", "en"));
        assertTrue(err.toString().contains("matrix.xlsx Sheet \"阶段\": The sheet \"阶段\" is missing"), err.toString());
        assertTrue(err.toString().contains("problems in matrix.xlsx") && err.toString().contains("nothing imported"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(demo));
    }
}
