package org.guidancedesk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 rows of 15 columns written and read back; the times are printed, not asserted. */
class TimingTest {
    private static final int ROWS = 10_000;

    @TempDir
    Path dir;

    @Test
    void tenThousandRows() throws Exception {
        List<XlsxWriter.Column> columns = new ArrayList<>();
        for (int c = 0; c < 15; c++) {
            columns.add(new XlsxWriter.Column("列" + c, 14));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < 15; c++) {
                row.add(switch (c % 5) {
                    case 0 -> "单位" + r;
                    case 1 -> "问题描述，第" + r + "条，台账未按月更新";
                    case 2 -> LocalDate.of(2026, 1, 1).plusDays(r % 365);
                    case 3 -> r * 1.5;
                    default -> r % 7 == 0 ? null : "备注" + c;
                });
            }
            rows.add(row);
        }
        for (int run = 1; run <= 2; run++) {
            long t0 = System.nanoTime();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (XlsxWriter w = XlsxWriter.start(bytes, new XlsxWriter.Sheet("s", "标题", "副标题", columns))) {
                for (List<Object> row : rows) {
                    w.row(row);
                }
            }
            Path xlsx = Files.write(dir.resolve("t" + run + ".xlsx"), bytes.toByteArray());
            long t1 = System.nanoTime();
            RawTable table = TableReader.read(xlsx);
            long t2 = System.nanoTime();

            List<List<String>> texts = new ArrayList<>();
            for (List<Object> row : rows) {
                texts.add(row.stream().map(v -> v == null ? "" : v.toString()).toList());
            }
            ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
            CsvWriter.write(csvBytes, columns.stream().map(XlsxWriter.Column::header).toList(), texts);
            Path csv = Files.write(dir.resolve("t" + run + ".csv"), csvBytes.toByteArray());
            long t3 = System.nanoTime();
            RawTable fromCsv = TableReader.read(csv);
            long t4 = System.nanoTime();

            assertEquals(ROWS + 3, table.rows().size());
            assertEquals(ROWS + 1, fromCsv.rows().size());
            System.out.printf("run %d, %,d rows x 15: xlsx write %d ms (%,d KB), read %d ms; csv write %d ms (%,d KB), read %d ms%n",
                    run, ROWS, (t1 - t0) / 1_000_000, Files.size(xlsx) / 1024, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, Files.size(csv) / 1024, (t4 - t3) / 1_000_000);
        }
    }
}
