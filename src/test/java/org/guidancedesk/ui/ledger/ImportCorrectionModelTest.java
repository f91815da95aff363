package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.service.ImportPreview;
import org.guidancedesk.service.ImportProblem;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import preview's corrections, its rows that are no items and the unit it guesses, with no toolkit. */
class ImportCorrectionModelTest {
    @TempDir
    Path dir;
    private DemoFixture demo;
    private LedgerViewModel vm;

    @BeforeEach
    void openDemo() {
        demo = DemoFixture.open(dir);
        vm = new LedgerViewModel(demo.tasks(), demo.workspace());
        vm.reload();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private Path csv(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private ImportModel read(Path file) {
        ImportModel model = vm.newImport();
        List<Throwable> failures = new ArrayList<>();
        boolean[] read = {false};
        model.read(file, () -> read[0] = true, failures::add);
        assertTrue(read[0], () -> "not read: " + failures);
        return model;
    }

    private long unit(String name) {
        return vm.units().stream().filter(u -> u.name().equals(name)).map(Unit::id).findFirst().orElseThrow();
    }

    @Test
    void aProblemCellCorrectedInThePreviewIsCheckedAtOnceAndImportedAsTyped() throws Exception {
        Path file = csv("清单.csv",
                "序号,单位,问题描述,整改措施,整改时限,完成情况",
                "1,江城大学,会议材料层层加码,精简材料,2026-12-31,整改中",
                "2,江城大学,调研扎堆,统筹调研计划,年底前吧,未启动");
        ImportModel model = read(file);
        model.preview(() -> { });
        ImportProblem problem = model.previewProperty().get().problems().get(0);
        assertTrue(ImportModel.correctable(problem));
        assertEquals("年底前吧", model.cellText(problem.row(), problem.column()));

        model.correct(problem.row(), problem.column(), "还是不知道", () -> { });
        ImportPreview still = model.previewProperty().get();
        assertFalse(still.canImport(), "a value still wrong keeps its problem");
        assertTrue(still.problems().get(0).describe(demo.tasks().i18n()).contains("还是不知道"));

        model.correct(problem.row(), problem.column(), " 2026年12月20日 ", () -> { });
        ImportPreview good = model.previewProperty().get();
        assertEquals(List.of(), good.problems());
        assertTrue(good.canImport());
        assertEquals(1, good.draft().corrections().size());
        assertEquals("年底前吧", good.draft().corrections().get(0).from());

        List<Rectification> saved = new ArrayList<>();
        model.commit(r -> saved.addAll(r.all()), e -> { throw new AssertionError(e); });
        assertEquals(2, saved.size());
        assertEquals(LocalDate.of(2026, 12, 20), saved.get(1).due());
        assertEquals(LocalDate.of(2026, 12, 20), demo.workspace().ledger().items().stream()
                .filter(r -> r.problem().equals("调研扎堆")).findFirst().orElseThrow().due(), "saved as corrected");
    }

    @Test
    void theUnitTheTitleNamesIsOfferedAndTotalsAndNotesAreLeftOut() throws Exception {
        vm.criteria().unitProperty().set(unit("江城大学")); // the filter's unit gives way to the one the file names
        Path file = csv("台账.csv",
                "南山县委主题教育整改台账,,",
                "序号,问题描述,整改时限",
                "1,村级活动场所利用率不高,2026-12-31",
                "合计,1项,",
                "备注：本表由县委办汇总,,");
        ImportModel model = read(file);
        assertEquals(unit("南山县"), model.unitIdProperty().get());
        assertEquals(unit("南山县"), model.guessedUnitProperty().get());

        model.preview(() -> { });
        ImportPreview p = model.previewProperty().get();
        assertTrue(p.canImport(), () -> p.problems().toString());
        assertEquals(1, p.rows().size());
        assertEquals(List.of(4, 5), p.notData().stream().map(ImportPreview.NotData::number).toList());

        model.include(4, true, () -> { });
        assertFalse(model.previewProperty().get().canImport(), "the 合计 row taken in is read, and has no problem text");
        model.include(4, false, () -> { });
        assertTrue(model.previewProperty().get().canImport());

        // The user may still choose another unit.
        model.unitIdProperty().set(unit("西岭市"));
        model.preview(() -> { });
        assertEquals(unit("西岭市"), model.previewProperty().get().rows().get(0).item().unitId());
    }
}
