package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.store.Backups;
import org.guidancedesk.tabular.TestZips;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit's new file imported over its items (issue 14, item 3), on real SQLite files and
 * hand-made .csv and .xlsx files: rows matched by 编号 or by the problem's text update their
 * items field by field; the plan says what before anything is written; a row alike two items,
 * two rows on one item and a status moved back without a yes are refused with nothing written;
 * undo takes the whole import back.
 */
class LedgerImportUpdateTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final I18n ZH = I18n.forLanguage("zh");
    private static final String HEADER = "序号,编号,台账,单位,类别,问题描述,整改措施,责任领导,责任部门/责任人,节点,整改时限,状态,"
            + "进展情况,完成时间,销号时间,验收人,佐证材料,备注,登记日期";

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        ws = Workspace.open(DemoCopies.copy(dir.resolve("demo.db"), TODAY, clock), clock, dir.resolve("backups"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long unit(String name) {
        return ws.units().units().stream().filter(u -> u.name().equals(name)).map(Unit::id).findFirst().orElseThrow();
    }

    private Rectification item(String code) {
        return ws.ledger().items().stream().filter(r -> LedgerWords.code(r.ledger(), r.serial()).equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + code));
    }

    private Path csv(String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    /** A workbook with one sheet of text cells, as a unit's clerk might save it. */
    private Path xlsx(String name, List<List<String>> rows) throws IOException {
        StringBuilder xml = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                xml.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                        .append(rows.get(r).get(c).replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
            }
            xml.append("</row>");
        }
        return TestZips.write(dir.resolve(name), TestZips.workbook(TestZips.sheet(xml.toString())));
    }

    /** 南山县's ledger as the program exports it, a line a row (the header first). */
    private List<String> nanshanExport() throws IOException {
        Path file = dir.resolve("南山县-export.csv");
        ws.ledgerExport().export(file, new LedgerFilter(unit("南山县"), null, null, null, null, false, false, ""));
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return new ArrayList<>(Arrays.asList(text.split("\r\n")));
    }

    private static int lineOf(List<String> lines, String code) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("," + code + ",")) {
                return i;
            }
        }
        throw new AssertionError("no line for " + code);
    }

    private ImportPreview preview(Path file, ImportOptions options) {
        ImportDraft draft = ws.ledgerImport().read(file);
        return ws.ledgerImport().preview(draft, draft.proposed(), options);
    }

    private static List<String> problems(ImportPreview p) {
        return p.problems().stream().map(x -> x.describe(ZH)).toList();
    }

    private static String counts(ImportPlan plan) {
        return Arrays.stream(ImportPlan.Outcome.values()).map(o -> o + "=" + plan.count(o))
                .collect(Collectors.joining(" ")) + " notListed=" + plan.notListed().size();
    }

    private static ImportPlan.Entry entry(ImportPreview p, int row) {
        return p.plan().entries().stream().filter(e -> e.row() == row).findFirst().orElseThrow();
    }

    /** The export edited as a unit would: a status changed, a measure reworded, a row added, a row dropped. */
    private Path editedExport() throws IOException {
        List<String> lines = nanshanExport();
        int status = lineOf(lines, "整改-019");
        lines.set(status, lines.get(status).replace(",整改中,", ",已完成,"));
        int text = lineOf(lines, "整改-017");
        lines.set(text, lines.get(text).replace("实施乡村道路修复工程", "实施乡村道路修复工程，年底前完成主干道修复"));
        lines.remove(lineOf(lines, "整改-018"));
        lines.add("8,,整改台账,南山县,群众反映,群众反映：农村垃圾清运不及时,增加清运频次,林涛,县城管局,限期整改,2026-12-20,未启动,,,,,,,");
        return csv("南山县整改台账-更新.csv", lines);
    }

    @Test
    void anEditedExportChangesWhatChangedAddsTheNewRowAndListsTheDroppedOneAndUndoTakesItAllBack() throws IOException {
        List<Rectification> before = ws.ledger().items();
        Rectification road = item("整改-017");
        Rectification funds = item("整改-019");
        int backups = ws.backups().orElseThrow().list().size();

        ImportPreview p = preview(editedExport(), ImportOptions.DEFAULT);

        assertEquals(List.of(), problems(p));
        ImportPlan plan = p.plan();
        assertEquals("ADD=1 UPDATE=2 UNCHANGED=4 NOT_UPDATED=0 HELD=0 notListed=1", counts(plan));
        assertEquals(List.of(item("整改-018").id()), plan.notListed().stream().map(Rectification::id).toList());
        ImportPlan.Entry roadRow = plan.with(ImportPlan.Outcome.UPDATE).get(0);
        assertEquals(road, roadRow.existing());
        assertEquals(ImportPlan.MatchedBy.CODE, roadRow.by());
        assertEquals(List.of(new ImportPlan.FieldChange(LedgerColumn.MEASURES, "实施乡村道路修复工程",
                "实施乡村道路修复工程，年底前完成主干道修复")), roadRow.changes());
        ImportPlan.Entry fundsRow = plan.with(ImportPlan.Outcome.UPDATE).get(1);
        assertEquals(funds, fundsRow.existing());
        assertEquals(List.of(new ImportPlan.FieldChange(LedgerColumn.STATUS, RectificationStatus.IN_PROGRESS,
                RectificationStatus.COMPLETED)), fundsRow.changes());
        assertFalse(fundsRow.backward());
        ImportPlanText words = new ImportPlanText(ZH);
        assertEquals("新增 1 项，更新 2 项，未变 4 项；文件中未列出的已有事项 1 项（保持原样）", words.summary(plan));
        assertEquals(List.of("状态：整改中 → 已完成"), words.changes(fundsRow));
        assertEquals(before, ws.ledger().items(), "a preview writes nothing");

        ImportResult result = ws.ledgerImport().commit(p);

        assertEquals(1, result.added().size());
        assertEquals("群众反映：农村垃圾清运不及时", result.added().get(0).problem());
        assertEquals(List.of(road.id(), funds.id()), result.updated().stream().map(Rectification::id).toList());
        assertEquals(before.size() + 1, ws.ledger().items().size());
        assertEquals("实施乡村道路修复工程，年底前完成主干道修复", item("整改-017").measures());
        assertEquals(RectificationStatus.COMPLETED, item("整改-019").status());
        assertEquals(item("整改-018"), before.stream().filter(r -> r.id() == item("整改-018").id()).findFirst()
                .orElseThrow(), "the item the file no longer lists is left alone");
        assertEquals(List.of("已修复道路12公里"), ws.ledger().progress(road.id()).stream().map(ProgressNote::text).toList(),
                "a note the item has is not added twice");
        assertEquals(3, ws.ledger().imports().get(0).itemCount());
        assertEquals(backups + 1, ws.backups().orElseThrow().list().size());
        assertEquals(Backups.Reason.IMPORT, ws.backups().orElseThrow().list().get(0).reason());

        assertTrue(ws.history().undo().isPresent());
        assertEquals(before, ws.ledger().items(), "one undo brings every item back as it was");
        assertEquals(List.of(), ws.ledger().imports().stream().filter(i -> i.fileName().contains("更新")).toList());
    }

    @Test
    void rowsWithoutACodeFindTheirItemByTheSameOrAnAlikeProblemTextAndABlankCellKeepsWhatTheItemHas()
            throws IOException {
        Rectification road = item("整改-017");
        Rectification funds = item("整改-019");
        Path file = xlsx("南山县问题清单（12月）.xlsx", List.of(
                List.of("南山县主题教育问题整改清单", "", "", "", "", ""),
                List.of("序号", "问题表现", "整改措施", "责任单位", "完成时限", "完成情况"),
                List.of("1", "乡村道路破损严重，雨天群众出行难", "实施乡村道路修复工程", "", "2026年12月底", "整改中"),
                List.of("2", "巡察反馈：扶贫项目资金拨付滞后", "建立项目资金拨付进度月通报制度", "县财政局、县乡村振兴局", "2026-12-31",
                        "已完成")));

        ImportPreview p = preview(file, new ImportOptions(unit("南山县"), Ledger.RECTIFY, Set.of()));

        assertEquals(List.of(), problems(p));
        assertEquals("ADD=0 UPDATE=2 UNCHANGED=0 NOT_UPDATED=0 HELD=0 notListed=3", counts(p.plan()),
                "the 整治 items are not this file's: it names no ledger and its rows matched 整改 items only");
        ImportPlan.Entry alike = entry(p, 3);
        assertEquals(road, alike.existing());
        assertEquals(ImportPlan.MatchedBy.ALIKE_TEXT, alike.by());
        assertEquals(List.of(new ImportPlan.FieldChange(LedgerColumn.PROBLEM, road.problem(), "乡村道路破损严重，雨天群众出行难")),
                alike.changes(), "the blank 责任单位 keeps 县交通运输局");
        ImportPlan.Entry same = entry(p, 4);
        assertEquals(funds, same.existing());
        assertEquals(ImportPlan.MatchedBy.SAME_TEXT, same.by());
        assertEquals(List.of(LedgerColumn.OWNER, LedgerColumn.STATUS),
                same.changes().stream().map(ImportPlan.FieldChange::field).toList());
    }

    @Test
    void aRowAlikeTwoItemsIsRefusedNamingTheRowAndNothingIsWritten() throws IOException {
        List<Rectification> before = ws.ledger().items();
        Path file = csv("西岭市.csv", List.of("单位,问题描述,整改时限,状态",
                "西岭市,督查考核发现：营商环境评价指标排名靠后,2026-12-31,已完成",
                "西岭市,群众反映：老旧小区加装电梯进展慢,2026-12-31,整改中"));

        ImportPreview p = preview(file, ImportOptions.DEFAULT);

        assertEquals(List.of("第 3 行 · 问题描述（B 列）：与已有的几项事项都相似（整改-014 整改-015），无法确定更新哪一项："
                + "请在“编号”列写明编号，或把这一行作为新问题导入"), problems(p));
        assertFalse(p.canImport());
        assertThrows(IllegalStateException.class, () -> ws.ledgerImport().commit(p));
        assertEquals(before, ws.ledger().items());

        ImportPreview asNew = preview(file, ImportOptions.DEFAULT.with(ImportChoices.UPDATE.withAsNew(3, true)));
        assertEquals(List.of(), problems(asNew));
        assertEquals(ImportPlan.Outcome.ADD, entry(asNew, 3).outcome(), "taken as a new item, the row matches nothing");
        assertEquals(ImportPlan.Outcome.UPDATE, entry(asNew, 2).outcome());
    }

    @Test
    void twoRowsOnOneItemAreRefusedNamingBothRows() throws IOException {
        List<Rectification> before = ws.ledger().items();
        List<String> lines = nanshanExport();
        String road = lines.get(lineOf(lines, "整改-017"));
        lines.add(road.replace("整改中", "已完成"));
        lines.add("9,,整改台账,南山县,群众反映,群众反映：乡村道路破损严重，雨天出行难！,实施乡村道路修复工程,吴晓燕,县交通运输局,"
                + "限期整改,2026-12-31,整改中,,,,,,,2026-10-28");

        ImportPreview p = preview(csv("twice.csv", lines), ImportOptions.DEFAULT);

        assertEquals(List.of("第 9 行 · 编号（B 列）：与第 4 行对应同一项已有事项 整改-017：请删去重复的一行，或把其中一行作为新问题导入",
                "第 10 行 · 问题描述（F 列）：与第 4 行对应同一项已有事项 整改-017：请删去重复的一行，或把其中一行作为新问题导入"),
                problems(p));
        assertFalse(p.canImport());
        assertEquals(before, ws.ledger().items());
    }

    @Test
    void aStatusMovedBackIsHeldUntilTheUserSaysYes() throws IOException {
        Rectification hospital = item("整改-021");
        assertEquals(RectificationStatus.CLOSED, hospital.status());
        List<String> lines = nanshanExport();
        int at = lineOf(lines, "整改-021");
        lines.set(at, lines.get(at).replace(",已销号,", ",整改中,").replace(",2026-10-31,2026-11-03,中央第十八指导组,", ",,,,"));
        Path file = csv("back.csv", lines);
        int row = at + 1;

        ImportPreview held = preview(file, ImportOptions.DEFAULT);
        assertEquals(List.of(), problems(held));
        ImportPlan.Entry e = entry(held, row);
        assertEquals(ImportPlan.Outcome.HELD, e.outcome());
        assertTrue(e.backward());
        assertEquals("状态回退：已销号 → 整改中", new ImportPlanText(ZH).backward(e));
        assertEquals(0, held.plan().writes());
        assertEquals(ImportResult.NOTHING, ws.ledgerImport().commit(held), "nothing to write: nothing written");
        assertEquals(hospital, item("整改-021"));

        ImportPreview yes = preview(file, ImportOptions.DEFAULT.with(ImportChoices.UPDATE.withBackwardAllowed(row, true)));
        assertEquals(ImportPlan.Outcome.UPDATE, entry(yes, row).outcome());
        ws.ledgerImport().commit(yes);
        Rectification back = item("整改-021");
        assertEquals(RectificationStatus.IN_PROGRESS, back.status());
        assertNull(back.completedOn());
        assertNull(back.verifiedOn());
    }

    @Test
    void aChangeCanBeLeftOutAndAMatchedRowTakenAsNew() throws IOException {
        Path file = editedExport();
        List<String> lines = Files.readAllLines(file);
        int road = lineOf(lines, "整改-017") + 1;
        int funds = lineOf(lines, "整改-019") + 1;
        ImportChoices choices = ImportChoices.UPDATE.withNotUpdated(road, true).withAsNew(funds, true);
        int before = ws.ledger().items().size();

        ImportPreview p = preview(file, ImportOptions.DEFAULT.with(choices));

        assertEquals("ADD=2 UPDATE=0 UNCHANGED=4 NOT_UPDATED=1 HELD=0 notListed=2", counts(p.plan()));
        assertEquals(item("整改-019"), entry(p, funds).existing(), "the item it would have updated is shown");
        ImportResult result = ws.ledgerImport().commit(p);
        assertEquals(2, result.added().size());
        assertEquals(List.of(), result.updated());
        assertEquals(before + 2, ws.ledger().items().size());
        assertEquals("实施乡村道路修复工程", item("整改-017").measures());
        assertEquals(RectificationStatus.IN_PROGRESS, item("整改-019").status());
    }

    @Test
    void asNewAddsEveryRowAsACopyAsBefore() throws IOException {
        List<String> lines = nanshanExport();
        int before = ws.ledger().items().size();

        ImportPreview p = preview(csv("again.csv", lines), ImportOptions.DEFAULT.with(ImportChoices.AS_NEW));

        assertTrue(p.plan().allAsNew());
        assertEquals("ADD=7 UPDATE=0 UNCHANGED=0 NOT_UPDATED=0 HELD=0 notListed=0", counts(p.plan()));
        assertEquals(7, ws.ledgerImport().commit(p).added().size());
        assertEquals(before + 7, ws.ledger().items().size());

        ImportPreview update = preview(csv("again.csv", lines), ImportOptions.DEFAULT);
        assertEquals(List.of(), problems(update));
        assertEquals("ADD=0 UPDATE=0 UNCHANGED=7 NOT_UPDATED=0 HELD=0 notListed=7", counts(update.plan()),
                "by 编号, the originals; their copies are listed as no longer in the file");
    }

    @Test
    void theWholeDemoExportedAndImportedBackChangesNothing() throws IOException {
        Path file = dir.resolve("all.csv");
        ws.ledgerExport().export(file, LedgerFilter.ALL);
        ImportPreview p = preview(file, ImportOptions.DEFAULT);
        assertEquals(List.of(), problems(p));
        assertEquals("ADD=0 UPDATE=0 UNCHANGED=32 NOT_UPDATED=0 HELD=0 notListed=0", counts(p.plan()));
    }

    @Test
    void everyColumnOfTheLedgerIsComparedOrNamesTheItem() {
        Set<LedgerColumn> covered = EnumSet.noneOf(LedgerColumn.class);
        ItemFields.COMPARED.forEach(f -> covered.add(f.column()));
        covered.addAll(ItemFields.NOT_COMPARED);
        assertEquals(EnumSet.allOf(LedgerColumn.class), covered,
                "a new column needs its line in ItemFields and ItemMerge, or the import would not carry it over");
    }
}
