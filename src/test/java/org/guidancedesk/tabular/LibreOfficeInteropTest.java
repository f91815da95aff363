package org.guidancedesk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens an export in LibreOffice and reads back what LibreOffice makes of it (CSV, a re-saved
 * .xlsx, a PDF). Needs soffice, so it runs only when asked:
 * {@code mvn -o test -Dtest='org.guidancedesk.tabular.LibreOfficeInteropTest' -Dlibreoffice=true}.
 */
@EnabledIfSystemProperty(named = "libreoffice", matches = "true")
class LibreOfficeInteropTest {
    @TempDir
    Path dir;

    private void soffice(String target, Path file, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless"));
        command.addAll(Arrays.asList(options));
        command.addAll(List.of("--convert-to", target, "--outdir", dir.resolve("out").toString(), file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "soffice finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
    }

    @Test
    void libreOfficeOpensAnExportAsItWasMeant() throws Exception {
        List<XlsxWriter.Column> columns = List.of(new XlsxWriter.Column("单位", 16), new XlsxWriter.Column("问题", 30),
                new XlsxWriter.Column("时限", 12), new XlsxWriter.Column("金额", 10));
        Path export = dir.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(export);
                XlsxWriter w = XlsxWriter.start(out, new XlsxWriter.Sheet("整改台账", "整改台账", "共 3 条", columns))) {
            w.row(Arrays.asList("市财政局", "台账不全\n未按月更新", LocalDate.of(2026, 11, 24), 12.5));
            w.row(Arrays.asList("=1+1", "@SUM(A1)", null, -3), XlsxWriter.Highlight.RED);
            w.row(Arrays.asList("-x", "A & B <c>", LocalDate.of(2027, 1, 1), 0));
        }

        soffice("csv:Text - txt - csv (StarCalc):44,34,76", export);
        List<String> csv = TableReader.read(dir.resolve("out/export.csv")).rows().stream()
                .map(r -> String.join("|", r.cells().stream().map(RawCell::text).toList())).toList();
        assertEquals(List.of("整改台账", "共 3 条", "单位|问题|时限|金额", "市财政局|台账不全\n未按月更新|2026-11-24|12.5",
                "=1+1|@SUM(A1)||-3", "-x|A & B <c>|2027-01-01|0"), csv,
                "text stays text (=1+1 is not computed), dates show as yyyy-mm-dd");

        Path again = Files.move(export, dir.resolve("again.xlsx"));
        soffice("xlsx", again);
        RawTable resaved = TableReader.read(dir.resolve("out/again.xlsx"));
        assertEquals(new RawCell("2026-11-24", CellKind.DATE), resaved.rows().get(3).cell(2));
        assertEquals(new RawCell("=1+1", CellKind.TEXT), resaved.rows().get(4).cell(0));
        assertEquals(new RawCell("-3", CellKind.NUMBER), resaved.rows().get(4).cell(3));

        soffice("pdf", again);
        byte[] pdf = Files.readAllBytes(dir.resolve("out/again.pdf"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    }
}
