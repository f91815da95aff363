package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The wizard's preview of an update import in the real dialog: the counts, a change shown old →
 * new on its row, a status moved back marked with its yes, 不更新 chosen on a row, and the
 * import writing exactly what the preview said.
 */
@ExtendWith(ApplicationExtension.class)
class ImportUpdatePreviewFxTest {
    @TempDir
    Path dir;

    private static void fx(Runnable r) throws Exception {
        ImportWizardWindow.fx(r);
    }

    /** The texts the rows' cells show, a row's cells joined by " | ". */
    private static List<String> cells(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        robot.lookup("#" + ImportWizard.ROWS_ID + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).forEach(c -> texts.add(c.getText()));
        return texts;
    }

    @Test
    void thePreviewCountsTheRowsAndShowsEachChangeOldToNew(FxRobot robot) throws Exception {
        DemoFixture demo = DemoFixture.open(dir);
        try {
            long nanshan = demo.workspace().units().units().stream().filter(u -> u.name().equals("南山县")).findFirst()
                    .orElseThrow().id();
            Path file = dir.resolve("南山县整改台账.csv");
            demo.workspace().ledgerExport().export(file, new LedgerFilter(nanshan, null, null, null, null, false, false, ""));
            List<String> lines = new ArrayList<>(Arrays.asList(Files.readString(file, StandardCharsets.UTF_8)
                    .replace("\uFEFF", "").split("\r\n")));
            lines.replaceAll(l -> l.contains(",整改-019,") ? l.replace(",整改中,", ",已完成,")
                    : l.contains(",整改-017,") ? l.replace("实施乡村道路修复工程", "实施乡村道路修复工程，年底前完成")
                    : l.contains(",整改-021,") ? l.replace(",已销号,", ",整改中,")
                            .replace(",2026-10-31,2026-11-03,中央第十八指导组,", ",,,,")
                    : l);
            lines.removeIf(l -> l.contains(",整改-018,"));
            lines.add("9,,整改台账,南山县,群众反映,群众反映：农村垃圾清运不及时,增加清运频次,林涛,县城管局,限期整改,2026-12-20,未启动,,,,,,,");
            Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
            ImportWizardWindow window = ImportWizardWindow.open(robot, demo, file);
            fx(window.button("预览")::fire);

            Label summary = robot.lookup("#" + ImportWizard.SUMMARY_ID).queryAs(Label.class);
            assertEquals("新增 1 项，更新 2 项，未变 3 项，不更新 1 项；文件中未列出的已有事项 1 项（保持原样）", summary.getText());
            List<String> shown = cells(robot);
            assertTrue(shown.contains("状态：整改中 → 已完成"), shown::toString);
            assertTrue(shown.contains("整改措施：“实施乡村道路修复工程” → “实施乡村道路修复工程，年底前完成”"), shown::toString);
            assertTrue(shown.contains("⚠ 状态回退：已销号 → 整改中\n完成时间：2026年10月31日 → （空）\n销号时间：2026年11月3日 → （空）"),
                    shown::toString);
            assertTrue(shown.contains("回退待确认"), shown::toString);
            assertTrue(robot.lookup("#" + ImportWizard.NOT_LISTED_ID).queryAs(Label.class).getText().contains("整改-018"));
            assertEquals("导入（新增 1 项，更新 2 项）", window.button("导入").getText());

            // 同意回退 on the 销号 row, 不更新 on the 整改措施 row (the first row with a choice).
            CheckBox allow = robot.lookup("." + ImportPlanTable.ALLOW_BACK).queryAs(CheckBox.class);
            fx(allow::fire);
            @SuppressWarnings("unchecked")
            ChoiceBox<Object> first = (ChoiceBox<Object>) robot.lookup("." + ImportPlanTable.CHOICE).queryAll().stream()
                    .filter(n -> n instanceof ChoiceBox).findFirst().orElseThrow();
            fx(() -> first.setValue(first.getItems().get(1)));
            assertEquals("新增 1 项，更新 2 项，未变 3 项，不更新 1 项；文件中未列出的已有事项 1 项（保持原样）",
                    robot.lookup("#" + ImportWizard.SUMMARY_ID).queryAs(Label.class).getText());
            assertTrue(cells(robot).contains("不更新"), cells(robot)::toString);

            fx(window.button("导入")::fire);
            List<Rectification> items = demo.workspace().ledger().items();
            Rectification road = items.stream().filter(r -> r.serial() == 17).findFirst().orElseThrow();
            Rectification funds = items.stream().filter(r -> r.serial() == 19).findFirst().orElseThrow();
            Rectification hospital = items.stream().filter(r -> r.serial() == 21).findFirst().orElseThrow();
            assertEquals("实施乡村道路修复工程", road.measures(), "不更新: left as it was");
            assertEquals(RectificationStatus.COMPLETED, funds.status());
            assertEquals(RectificationStatus.IN_PROGRESS, hospital.status(), "moved back with the user's yes");
            assertTrue(items.stream().anyMatch(r -> r.problem().equals("群众反映：农村垃圾清运不及时")));
            assertEquals(3, window.vm.selection().ids().size(), "the items added and updated are selected");
            window.close();
        } finally {
            demo.close();
        }
    }
}
