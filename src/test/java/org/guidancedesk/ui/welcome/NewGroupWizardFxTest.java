package org.guidancedesk.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.CampaignTemplates;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.MainWindow;
import org.guidancedesk.ui.SectionId;
import org.guidancedesk.ui.UiState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a new file: every step of the wizard, bad input named, then the file it wrote.
 * With {@code -Dwizard.shots=FOLDER} it also saves a picture of each step, to look at.
 */
@ExtendWith(ApplicationExtension.class)
class NewGroupWizardFxTest {
    private static final String SHOTS = System.getProperty("wizard.shots");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    private MainWindow[] window;

    @Test
    void everyStepThenTheCreatedFileHoldsThe2021Group(FxRobot robot) throws Exception {
        Path file = dir.resolve("new.db");
        openWizard(robot, file);

        // 1. template and batch: 2021; the campaign's name follows it
        ComboBox<TemplateChoice> template = robot.lookup("#" + NewGroupWizard.TEMPLATE).queryAs(ComboBox.class);
        TemplateChoice of2021 = template.getItems().stream().filter(c -> c.template().code().equals("2021"))
                .findFirst().orElseThrow();
        assertEquals(4, template.getItems().size(), "2019 第一批 and 第二批, 2021, 2023");
        fx(() -> template.setValue(of2021));
        assertEquals("党史学习教育", robot.lookup("#" + NewGroupWizard.CAMPAIGN)
                .queryAs(javafx.scene.control.TextField.class).getText());
        shot(robot, "1-template");
        next(robot);

        // 2. dates: an end before the start is refused on the end date
        DatePicker start = robot.lookup("#" + NewGroupWizard.START).queryAs(DatePicker.class);
        DatePicker end = robot.lookup("#" + NewGroupWizard.END).queryAs(DatePicker.class);
        fx(() -> {
            start.setValue(LocalDate.of(2021, 5, 26));
            end.setValue(LocalDate.of(2021, 5, 1));
        });
        next(robot);
        assertTrue(error(robot).contains("结束日期"), error(robot));
        fx(() -> end.setValue(LocalDate.of(2021, 12, 31)));
        shot(robot, "2-dates");
        next(robot);

        // 3. the group and its members: the name is required
        next(robot);
        assertTrue(error(robot).contains("组名"), error(robot));
        robot.clickOn("#" + NewGroupWizard.NAME).write("中央第五指导组");
        robot.clickOn("#" + NewGroupWizard.SECRETARY).write("李明");
        robot.clickOn("#" + NewGroupWizard.MEMBER_NAME + 0).write("王强");
        ComboBox<MemberRole> role = robot.lookup("#" + NewGroupWizard.MEMBER_ROLE + 0).queryAs(ComboBox.class);
        fx(() -> role.setValue(MemberRole.LEADER));
        robot.clickOn("#" + NewGroupWizard.MEMBER_DUTY + "0-" + Duty.COORDINATION);
        robot.clickOn("#" + NewGroupWizard.ADD_MEMBER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + NewGroupWizard.MEMBER_NAME + 1).write("赵敏");
        robot.clickOn("#" + NewGroupWizard.MEMBER_DUTY + "1-" + Duty.LOGISTICS);
        shot(robot, "3-people");
        next(robot);

        // 4. units pasted from a spreadsheet: an unknown kind is named by its line
        TextArea units = robot.lookup("#" + NewGroupWizard.UNITS).queryAs(TextArea.class);
        fx(() -> units.setText("某某大学\t高校\n某某集团\t公司\n"));
        next(robot);
        assertTrue(error(robot).contains("第2行") && error(robot).contains("公司"), error(robot));
        fx(() -> units.setText("某某大学\t高校\n某某集团\t企业\n\n某某省\n"));
        shot(robot, "4-units");
        next(robot);

        // 5. review: counts per phase and the actions list
        CampaignTemplate t = CampaignTemplates.load("2021");
        String counts = robot.lookup("#" + NewGroupWizard.REVIEW_COUNTS).queryAs(Label.class).getText();
        assertTrue(counts.contains("学党史 " + t.actionsIn(ActionScope.UNIT, "XUE").size() + " · "), counts);
        assertTrue(counts.contains("3 名成员 · 3 个单位"), counts);
        ListView<String> actions = robot.lookup("#" + NewGroupWizard.REVIEW_ACTIONS).queryAs(ListView.class);
        assertEquals(t.actions().size(), actions.getItems().size());
        shot(robot, "5-review");
        robot.clickOn("#" + NewGroupWizard.CREATE);
        created(robot, file, "2021");

        try (Workspace ws = Workspace.open(file, clock)) {
            assertEquals("中央第五指导组", ws.groups().group().orElseThrow().name());
            assertEquals("党史学习教育", ws.groups().group().orElseThrow().campaign());
            assertEquals(LocalDate.of(2021, 5, 26), ws.groups().group().orElseThrow().start());
            List<Member> members = ws.groups().members();
            assertEquals(List.of("李明", "王强", "赵敏"), members.stream().map(Member::name).toList());
            assertEquals(MemberRole.LEADER, members.get(1).role());
            assertEquals(java.util.Set.of(Duty.COORDINATION), members.get(1).duties());
            assertEquals(List.of("某某大学", "某某集团", "某某省"), ws.units().units().stream().map(Unit::name).toList());
            assertEquals(List.of(UnitKind.UNIVERSITY, UnitKind.ENTERPRISE, UnitKind.OTHER),
                    ws.units().units().stream().map(Unit::kind).toList());
            assertEquals(List.of("学党史", "悟思想", "办实事", "开新局"), ws.catalog().phases().stream()
                    .filter(p -> p.scope() == ActionScope.UNIT).sorted(Phase.ORDER).map(Phase::name).toList());
            List<RequiredAction> stored = ws.catalog().actions();
            for (ActionScope scope : ActionScope.values()) {
                assertEquals(t.actions().stream().filter(a -> a.scope() == scope).count(),
                        stored.stream().filter(a -> a.scope() == scope).count(), scope.name());
            }
        }
    }

    private void openWizard(FxRobot robot, Path file) throws Exception {
        window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            UiState state = UiState.load(dir);
            state.setLastSection(SectionId.CHECKLIST.name());
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), state, new FxUiExecutor(), clock, dir);
            window[0].show();
            window[0].stage().setWidth(1280);
            window[0].stage().setHeight(800);
            window[0].open(file);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Ids.WELCOME_WIZARD).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + Ids.WELCOME_WIZARD);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the checklist the created group opens on; when pictures are asked for, keeps it and the file. */
    private void created(FxRobot robot, Path file, String code) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery().isPresent());
        shot(robot, "checklist-" + code);
        fx(() -> window[0].stage().close());
        if (SHOTS != null) {
            java.nio.file.Files.copy(file, Path.of(SHOTS, "wizard-" + code + ".db"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The review marks the actions a template limits by kind of unit: 2019 第二批's additions for
     * 企业 and 高校 (seed 003) and for 企业 alone (seed 000), then, back to the first step, 2023's
     * 接诉即办 that 企业 and 高校 do not carry out.
     */
    @Test
    void theReviewMarksTheActionsLimitedByKindOfUnit(FxRobot robot) throws Exception {
        openWizard(robot, dir.resolve("kinds.db"));
        ComboBox<TemplateChoice> template = robot.lookup("#" + NewGroupWizard.TEMPLATE).queryAs(ComboBox.class);
        fx(() -> template.setValue(template.getItems().stream()
                .filter(c -> c.template().code().equals("2019") && c.batch().equals("2")).findFirst().orElseThrow()));
        next(robot);
        DatePicker start = robot.lookup("#" + NewGroupWizard.START).queryAs(DatePicker.class);
        DatePicker end = robot.lookup("#" + NewGroupWizard.END).queryAs(DatePicker.class);
        fx(() -> {
            start.setValue(LocalDate.of(2019, 9, 9));
            end.setValue(LocalDate.of(2020, 1, 31));
        });
        next(robot);
        robot.clickOn("#" + NewGroupWizard.NAME).write("中央第十八指导组");
        robot.clickOn("#" + NewGroupWizard.SECRETARY).write("李明");
        next(robot);
        next(robot);
        ListView<String> actions = robot.lookup("#" + NewGroupWizard.REVIEW_ACTIONS).queryAs(ListView.class);
        assertTrue(actions.getItems().contains("规定动作 · 学习教育 · 针对性学习总书记对本行业本领域的重要讲话和重要指示精神（仅企业、高校）"),
                actions.getItems().toString());
        assertTrue(actions.getItems().stream().anyMatch(l -> l.endsWith("找准制约企业生存发展的关键核心问题及解决路径（仅企业）")),
                actions.getItems().toString());
        assertEquals(2, actions.getItems().stream().filter(l -> l.endsWith("）") && l.contains("（仅")).count(),
                "no other action is limited");

        for (int i = 0; i < NewGroupWizardModel.REVIEW; i++) {
            robot.clickOn("#" + NewGroupWizard.BACK);
            WaitForAsyncUtils.waitForFxEvents();
        }
        fx(() -> template.setValue(template.getItems().stream().filter(c -> c.template().code().equals("2023"))
                .findFirst().orElseThrow()));
        for (int i = 0; i < NewGroupWizardModel.REVIEW; i++) {
            next(robot);
        }
        assertTrue(actions.getItems().stream().anyMatch(l -> l.endsWith("落实“民呼我为”“接诉即办”机制（企业、高校不适用）")),
                actions.getItems().toString());
        assertTrue(actions.getItems().stream().noneMatch(l -> l.contains("（仅")), "2023 adds nothing by kind");
        assertTrue(actions.getItems().contains("本组工作 · 组织领导 · 每周开展学习交流研讨（材料负责 · 每周五）"),
                "a work item's owner by duty and its rule");
        fx(() -> window[0].stage().close());
    }

    /** Pictures only: a 2023 group made with the wizard, straight through. */
    @Test
    void a2023GroupForThePictures(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(SHOTS != null, "pictures only when asked for");
        Path file = dir.resolve("2023.db");
        openWizard(robot, file);
        ComboBox<TemplateChoice> template = robot.lookup("#" + NewGroupWizard.TEMPLATE).queryAs(ComboBox.class);
        fx(() -> template.setValue(template.getItems().stream().filter(c -> c.template().code().equals("2023"))
                .findFirst().orElseThrow()));
        next(robot);
        DatePicker start = robot.lookup("#" + NewGroupWizard.START).queryAs(DatePicker.class);
        DatePicker end = robot.lookup("#" + NewGroupWizard.END).queryAs(DatePicker.class);
        fx(() -> {
            start.setValue(LocalDate.of(2026, 9, 7));
            end.setValue(LocalDate.of(2027, 1, 31));
        });
        next(robot);
        robot.clickOn("#" + NewGroupWizard.NAME).write("中央第十八指导组");
        robot.clickOn("#" + NewGroupWizard.SECRETARY).write("李明");
        robot.clickOn("#" + NewGroupWizard.MEMBER_NAME + 0).write("王强");
        next(robot);
        TextArea units = robot.lookup("#" + NewGroupWizard.UNITS).queryAs(TextArea.class);
        fx(() -> units.setText("东江省\t省区市\n国家水利发展部\t部委\n北方能源集团有限公司\t企业\n江城大学\t高校\n"));
        next(robot);
        shot(robot, "5-review-2023");
        robot.clickOn("#" + NewGroupWizard.CREATE);
        created(robot, file, "2023");
    }

    private void shot(FxRobot robot, String name) {
        if (SHOTS != null) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> org.guidancedesk.testing.Snapshots.save(window[0].stage().getScene(),
                    Path.of(SHOTS, "wizard-" + name + ".png")));
        }
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void next(FxRobot robot) {
        robot.clickOn("#" + NewGroupWizard.NEXT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String error(FxRobot robot) {
        return robot.lookup("#" + NewGroupWizard.ERROR).queryAs(Label.class).getText();
    }
}
