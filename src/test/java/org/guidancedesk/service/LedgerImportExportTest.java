package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ledger files on real SQLite files: round trips, headers units use, bad rows and bad files, formulas, size. */
class LedgerImportExportTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;
    private Workspace demo;

    private Workspace open(String name) {
        return Workspace.open(dir.resolve(name), Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    /** A fresh copy of the demo, open. */
    private Workspace demo(String name) {
        return DemoCopies.open(dir.resolve(name), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    @BeforeEach
    void writeDemo() {
        demo = demo("demo.db");
    }

    @AfterEach
    void close() {
        demo.close();
    }

    /** A second demo file whose ledger is empty: the same units, ready to import into. */
    private Workspace emptyLedger() {
        Workspace ws = demo("target.db");
        ws.ledger().remove(ws.ledger().items().stream().map(Rectification::id).toList());
        return ws;
    }

    private static Rectification withoutId(Rectification r) {
        return r.toBuilder().id(0).serial(0).build(); // serials continue after the deleted ones
    }

    private static ImportPreview preview(Workspace ws, Path file, ImportOptions options) {
        ImportDraft draft = ws.ledgerImport().read(file);
        return ws.ledgerImport().preview(draft, draft.proposed(), options);
    }

    /** The preview of a hand-made UTF-8 .csv read into the demo. */
    private ImportPreview previewOf(String csv, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return preview(demo, file, ImportOptions.DEFAULT);
    }

    /** Each problem as its row, column letters and message key ("3D ledgerio.problem.date"). */
    private static List<String> where(ImportPreview preview) {
        return preview.problems().stream().map(p -> p.row() + p.columnLetters() + " " + p.messageKey()).toList();
    }

    /** Where an exported file's header row is (the title and subtitle above it). */
    private static int headerRow(List<org.guidancedesk.tabular.RawRow> rows) {
        int header = 0;
        while (!rows.get(header).text(0).equals("序号")) {
            header++;
        }
        return header;
    }

    /** The 序号 and 编号 columns of an exported file's rows below its header. */
    private static List<String> numbersAndCodes(Path file) throws org.guidancedesk.tabular.TableFileException {
        List<org.guidancedesk.tabular.RawRow> rows = org.guidancedesk.tabular.TableReader.read(file).rows();
        int header = headerRow(rows);
        assertEquals("编号", rows.get(header).text(1));
        List<String> out = new ArrayList<>();
        for (org.guidancedesk.tabular.RawRow r : rows.subList(header + 1, rows.size())) {
            out.add((int) Double.parseDouble(r.text(0)) + " " + r.text(1));
        }
        return out;
    }

    private static List<String> expected(List<Rectification> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Rectification r = items.get(i);
            out.add((i + 1) + " " + String.format("%s-%03d", r.ledger() == Ledger.SPECIAL ? "整治" : "整改", r.serial()));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ledger.xlsx", "ledger.csv"})
    void serialNumbersRunOneToNInTheFileAndTheItemsCodeHasItsOwnColumn(String name) throws Exception {
        java.util.Comparator<Rectification> order = java.util.Comparator.comparing(Rectification::ledger)
                .thenComparingInt(Rectification::serial);
        Path both = dir.resolve("both-" + name);
        demo.ledgerExport().export(both, LedgerFilter.ALL);
        List<Rectification> all = demo.ledger().items().stream().sorted(order).toList();
        assertEquals(Set.of(Ledger.SPECIAL, Ledger.RECTIFY), Set.copyOf(all.stream().map(Rectification::ledger).toList()));
        assertEquals(expected(all), numbersAndCodes(both));

        Path some = dir.resolve("some-" + name);
        LedgerFilter inProgress = new LedgerFilter(null, null, null, RectificationStatus.IN_PROGRESS, null, false,
                false, "");
        demo.ledgerExport().export(some, inProgress);
        List<Rectification> chosen = all.stream().filter(r -> r.status() == RectificationStatus.IN_PROGRESS).toList();
        assertTrue(chosen.size() > 1 && chosen.size() < all.size());
        assertEquals(expected(chosen), numbersAndCodes(some));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ledger.xlsx", "ledger.csv"})
    void anExportReadsBackAsTheSameItemsAndNotes(String name) {
        Path file = dir.resolve(name);
        assertEquals(demo.ledger().items().size(), demo.ledgerExport().export(file, LedgerFilter.ALL));
        try (Workspace target = emptyLedger()) {
            ImportPreview preview = preview(target, file, ImportOptions.DEFAULT);
            assertEquals(List.of(), preview.problems().stream().map(p -> p.describe(ZH)).toList());
            target.ledgerImport().commit(preview);
            assertEquals(demo.ledger().items().stream().map(LedgerImportExportTest::withoutId).toList(),
                    target.ledger().items().stream().map(LedgerImportExportTest::withoutId).toList());
            assertEquals(history(demo).stream().map(l -> l.replaceAll("verifiedBy=[^\\]]*", "")).toList(),
                    history(target).stream().map(l -> l.replaceAll("verifiedBy=[^\\]]*", "")).toList(),
                    "every note, 延期 and 退回 comes back as one (the 退回's 验收人 is not in the file)");
            assertEquals(1, target.ledger().imports().size());
            assertEquals(name, target.ledger().imports().get(0).fileName());
        }
    }

    /** Every line of every item's history with what it decided, items in order. */
    private static List<String> history(Workspace ws) {
        List<String> all = new ArrayList<>();
        List<Rectification> items = ws.ledger().items();
        for (int i = 0; i < items.size(); i++) {
            for (ProgressNote n : ws.ledger().progress(items.get(i).id())) {
                all.add("item " + i + " " + n.on() + " " + n.kind() + " " + n.decision() + " " + n.text());
            }
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ledger.xlsx", "ledger.csv"})
    void standardsExtensionsAndSendBacksAreWrittenInTheirColumns(String name) throws Exception {
        List<Rectification> extended = demo.ledger().items().stream().filter(Rectification::extended).toList();
        assertEquals(3, extended.size(), "the demo's 延期");
        assertTrue(demo.ledger().items().stream().filter(r -> !r.standard().isEmpty()).count() >= 5);
        assertTrue(history(demo).stream().anyMatch(l -> l.contains(" SENDBACK ")), "the demo's 退回");
        Path file = dir.resolve(name);
        demo.ledgerExport().export(file, LedgerFilter.ALL);

        List<org.guidancedesk.tabular.RawRow> rows = org.guidancedesk.tabular.TableReader.read(file).rows();
        int header = headerRow(rows);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < rows.get(header).cells().size(); c++) {
            headers.add(rows.get(header).text(c));
        }
        assertTrue(headers.containsAll(List.of("整改标准", "原定完成时限", "延期说明")), headers.toString());
        Rectification first = extended.get(0);
        org.guidancedesk.tabular.RawRow row = rows.stream().filter(r -> r.text(5).equals(first.problem())).findFirst()
                .orElseThrow();
        assertEquals(String.format("%d年%d月%d日（原定%d年%d月%d日，已延期）", first.due().getYear(), first.due().getMonthValue(),
                first.due().getDayOfMonth(), first.originalDue().getYear(), first.originalDue().getMonthValue(),
                first.originalDue().getDayOfMonth()), row.text(headers.indexOf("整改时限")), "the printed part says it");
        ProgressNote line = demo.ledger().progress(first.id()).stream().filter(n -> n.extension() != null).findFirst()
                .orElseThrow();
        assertEquals(line.on() + " 由" + first.originalDue() + "延期至" + first.due() + "，" + line.extension().approvedBy()
                + "批准：" + line.text(), row.text(headers.indexOf("延期说明")));
        // Read back: anExportReadsBackAsTheSameItemsAndNotes, whose demo holds these.
    }

    @Test
    void aUnitsOwnStandardAndExtensionColumnsAreUnderstood() throws IOException {
        String csv = String.join("\n",
                "序号,问题表现,整改目标,原定时限,完成时限,延期原因,完成情况",
                "1,村级活动场所利用率不高,场所每周开放不少于5天,2026-11-30,2026-12-31,因场所改造，经县委同意延期,整改中",
                "2,便民服务窗口设置不合理,群众办事排队不超过20分钟,,2026-12-20,,整改中");
        Path file = dir.resolve("南山县台账.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        long unit = demo.units().units().stream().filter(u -> u.name().equals("南山县")).findFirst().orElseThrow().id();
        ImportPreview preview = preview(demo, file, new ImportOptions(unit, Ledger.RECTIFY, Set.of()));
        assertEquals(List.of(), preview.problems());
        Rectification first = preview.rows().get(0).item();
        assertEquals("场所每周开放不少于5天", first.standard());
        assertEquals(LocalDate.of(2026, 11, 30), first.originalDue());
        assertEquals(LocalDate.of(2026, 12, 31), first.due());
        assertTrue(first.extended());
        assertEquals(List.of("延期说明：因场所改造，经县委同意延期"),
                preview.rows().get(0).notes().stream().map(ProgressNote::text).toList(), "a unit's own words kept as a note");
        assertFalse(preview.rows().get(1).item().extended());
    }

    @Test
    void extensionColumnsThatDisagreeAreRefusedByColumnAndNothingIsWritten() throws IOException {
        String csv = String.join("\n",
                "单位,问题描述,整改时限,原定完成时限,延期说明,状态",
                "南山县,问题一,2026-12-31,2026-12-31,,整改中",
                "南山县,问题二,2026年12月31日（原定2026年11月30日，已延期）,2026-11-20,,整改中",
                "南山县,问题三,2026-12-31,2026-11-30,2026-11-20 由2026-11-30延期至2026-12-20，组长 王建国批准：汛期,整改中",
                "南山县,问题四,2026-12-31,2026-11-25,2026-11-20 由2026-11-30延期至2026-12-31，组长 王建国批准：汛期,整改中",
                "南山县,问题五,2026-12-31,,2026-11-20 由2026-12-31延期至2026-12-31，组长 王建国批准：汛期,整改中");
        ImportPreview preview = previewOf(csv, "bad-extensions.csv");
        assertEquals(List.of("2C validation.dueNotAfterOriginal", "3D ledgerio.problem.originalDisagrees",
                        "4E ledgerio.problem.extensionToOther", "5E ledgerio.problem.extensionFromOther",
                        "6E validation.extensionNotLater"), where(preview));
        assertEquals("第 4 行 · 延期说明（E 列）：最后一次延期至 2026-12-20，而整改时限是 2026-12-31：请改成一致",
                preview.problems().get(2).describe(ZH));
        int before = demo.ledger().items().size();
        assertThrows(IllegalStateException.class, () -> demo.ledgerImport().commit(preview));
        assertEquals(before, demo.ledger().items().size());
    }

    @Test
    void aUnitsFileThatExtendsAnItemUpdatesItWithItsHistoryLineAndOneUndoTakesItBack() throws IOException {
        Rectification item = demo.ledger().items().stream().filter(r -> r.problem().equals("巡察反馈：扶贫项目资金拨付滞后"))
                .findFirst().orElseThrow();
        LocalDate to = item.due().plusDays(90);
        String code = LedgerWords.code(item.ledger(), item.serial());
        ImportPreview preview = previewOf(String.join("\n", "编号,单位,问题描述,整改时限,原定完成时限,延期说明,状态",
                code + ",南山县," + item.problem() + "," + to + "," + item.due() + "," + TODAY + " 由" + item.due() + "延期至"
                        + to + "，组长 王建国批准：资金需待明年预算安排,整改中"), "南山县-延期.csv");
        assertEquals(List.of(), preview.problems().stream().map(p -> p.describe(ZH)).toList());
        ImportPlan.Entry e = preview.plan().entries().get(0);
        assertEquals(ImportPlan.Outcome.UPDATE, e.outcome());
        assertEquals(List.of(new ImportPlan.FieldChange(LedgerColumn.DUE, item.due(), to),
                new ImportPlan.FieldChange(LedgerColumn.ORIGINAL_DUE, null, item.due())), e.changes());
        assertEquals(List.of(ProgressNote.Kind.EXTENSION), e.newNotes().stream().map(ProgressNote::kind).toList());

        demo.ledgerImport().commit(preview);
        Rectification extended = demo.ledger().items().stream().filter(r -> r.id() == item.id()).findFirst().orElseThrow();
        assertEquals(to, extended.due());
        assertEquals(item.due(), extended.originalDue());
        ProgressNote line = demo.ledger().progress(item.id()).stream().filter(n -> n.extension() != null).findFirst()
                .orElseThrow();
        assertEquals("资金需待明年预算安排", line.text());
        assertEquals("组长 王建国", line.extension().approvedBy());

        demo.history().undo();
        assertEquals(item, demo.ledger().items().stream().filter(r -> r.id() == item.id()).findFirst().orElseThrow());
        assertTrue(demo.ledger().progress(item.id()).stream().noneMatch(n -> n.extension() != null));
    }

    @Test
    void aFilteredExportHoldsOnlyWhatTheFilterShows() {
        Path file = dir.resolve("overdue.csv");
        int overdue = (int) demo.ledger().items().stream().filter(r -> r.overdue(TODAY)).count();
        assertEquals(overdue, demo.ledgerExport().export(file,
                new LedgerFilter(null, null, null, null, null, true, false, "")));
    }

    @Test
    void aUnitsGbkCsvWithATitleRowAndItsOwnHeadersIsUnderstood() throws IOException {
        String csv = String.join("\r\n",
                "南山县主题教育问题整改清单,,,,,,,",
                "序号,问题表现,整改措施,责任领导,责任单位（责任人）,整改时限,完成情况,备注",
                "1,村级活动场所利用率不高,制定场所使用管理办法,吴晓燕,县委组织部,2026年12月底,整改中,",
                "2,便民服务窗口设置不合理,调整窗口布局,林涛,县政务服务中心,立行立改（2026年11月30日前）,"
                        + "\"已完成，新增综合窗口2个\",群众满意",
                "3,干部作风建设需常抓不懈,建立作风建设长效机制,吴晓燕,县纪委监委,长期坚持,长期坚持,",
                "4,农村污水处理设施运行不正常,开展设施运维专项整治,林涛,县生态环境局,2027年6月30日,未启动,");
        Path file = dir.resolve("南山县整改清单.csv");
        Files.write(file, csv.getBytes(Charset.forName("GBK")));
        long unit = demo.units().units().stream().filter(u -> u.name().equals("南山县")).findFirst().orElseThrow().id();
        ImportPreview preview = preview(demo, file, new ImportOptions(unit, Ledger.RECTIFY, Set.of()));
        assertEquals(List.of(), preview.problems());
        assertEquals(2, preview.draft().headerRow());
        List<Rectification> items = preview.rows().stream().map(ImportPreview.Row::item).toList();
        assertEquals(LocalDate.of(2026, 12, 31), items.get(0).due());
        assertEquals(LedgerNode.DEADLINE, items.get(0).node());
        assertEquals(LedgerNode.IMMEDIATE, items.get(1).node());
        assertEquals(LocalDate.of(2026, 11, 30), items.get(1).due());
        assertEquals(RectificationStatus.COMPLETED, items.get(1).status());
        assertEquals(List.of("已完成，新增综合窗口2个"), preview.rows().get(1).notes().stream().map(ProgressNote::text).toList(),
                "the words after the status are kept as a progress note");
        assertEquals(LedgerNode.LONG_TERM, items.get(2).node());
        assertEquals(RectificationStatus.ONGOING, items.get(2).status());
        assertEquals("县委组织部", items.get(0).owner());
        assertTrue(items.stream().allMatch(r -> r.unitId() == unit));
        int before = demo.ledger().items().size();
        demo.ledgerImport().commit(preview);
        assertEquals(before + 4, demo.ledger().items().size());
    }

    @Test
    void everyBadRowIsNamedByRowAndColumnAndNothingIsWritten() throws IOException {
        String csv = String.join("\n",
                "单位,问题描述,整改措施,整改时限,状态",
                "南山县,问题一,措施一,2026-13-45,整改中",
                "南山县,问题二,措施二,明年6月,整改中",
                "北山县,问题三,措施三,2026-12-31,整改中",
                "南山县,,措施四,2026-12-31,整改中",
                "南山县,问题五,措施五,2026-12-31,差不多了",
                "南山县,问题六,措施六,,整改中",
                "南山县,问题七,措施七,2026-12-31,已销号");
        ImportPreview preview = previewOf(csv, "bad.csv");
        List<String> where = where(preview);
        assertEquals(List.of("2D ledgerio.problem.noSuchDate", "3D ledgerio.problem.date", "4A ledgerio.problem.unknownUnit",
                "5B validation.required", "6E ledgerio.problem.status", "7D validation.dueRequired",
                "8E validation.closeNeedsVerification"), where);
        assertEquals("第 3 行 · 整改时限（D 列）：无法识别的日期“明年6月”：请写出完整的年月日，如 2026-12-31 或 2026年12月31日",
                preview.problems().get(1).describe(ZH));
        assertFalse(preview.canImport());
        int before = demo.ledger().items().size();
        assertThrows(IllegalStateException.class, () -> demo.ledgerImport().commit(preview));
        assertEquals(before, demo.ledger().items().size());

        ImportPreview skipping = demo.ledgerImport().preview(preview.draft(), preview.draft().proposed(),
                new ImportOptions(null, Ledger.RECTIFY, Set.of(2, 3, 4, 5, 6, 7, 8)));
        assertEquals(List.of("ledgerio.problem.noRows"), skipping.problems().stream().map(ImportProblem::messageKey).toList());
    }

    @Test
    void aFileWithoutAUnitColumnNeedsAUnitAndAnUnknownHeaderCanBeMappedByHand() throws IOException {
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, "序号,反映的情况,整改时限\n1,路灯不亮,2026-12-20\n", StandardCharsets.UTF_8);
        ImportDraft draft = demo.ledgerImport().read(file);
        assertEquals(Map.of(0, LedgerColumn.SERIAL, 2, LedgerColumn.DUE), draft.proposed());
        assertEquals("路灯不亮", draft.sample(1));
        List<String> keys = demo.ledgerImport().preview(draft, draft.proposed(), ImportOptions.DEFAULT).problems()
                .stream().map(ImportProblem::messageKey).toList();
        assertEquals(List.of("ledgerio.problem.noProblemColumn", "ledgerio.problem.noUnit"), keys);
        long unit = demo.units().units().get(0).id();
        ImportPreview mapped = demo.ledgerImport().preview(draft,
                Map.of(0, LedgerColumn.SERIAL, 1, LedgerColumn.PROBLEM, 2, LedgerColumn.DUE),
                new ImportOptions(unit, Ledger.SPECIAL, Set.of()));
        assertTrue(mapped.canImport(), mapped.problems().toString());
        assertEquals(Ledger.SPECIAL, mapped.rows().get(0).item().ledger());
    }

    @Test
    void aCsvNamedXlsxAndATruncatedWorkbookAreRefusedByName() throws IOException {
        Path renamed = dir.resolve("台账.xlsx");
        Files.writeString(renamed, "问题描述,整改时限\n问题,2026-12-31\n", StandardCharsets.UTF_8);
        LedgerFileException e = assertThrows(LedgerFileException.class, () -> demo.ledgerImport().read(renamed));
        assertEquals("tabular.error.notWorkbook", e.messageKey());
        assertTrue(ZH.tr(e.messageKey(), e.args()).contains("台账.xlsx"));

        Path whole = dir.resolve("whole.xlsx");
        demo.ledgerExport().export(whole, LedgerFilter.ALL);
        byte[] bytes = Files.readAllBytes(whole);
        Path half = dir.resolve("half.xlsx");
        Files.write(half, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        LedgerFileException damaged = assertThrows(LedgerFileException.class, () -> demo.ledgerImport().read(half));
        assertTrue(ZH.tr(damaged.messageKey(), damaged.args()).contains("half.xlsx"), damaged.messageKey());
    }

    @Test
    void textThatLooksLikeAFormulaCannotRunInEitherFormatAndReadsBackUnchanged() throws IOException {
        long unit = demo.units().units().get(0).id();
        List<String> risky = List.of("=HYPERLINK(\"http://x\",\"点击\")", "+86 10 6512", "-减少会议", "@SUM(A1)", "\t=1+1");
        for (String text : risky) {
            demo.ledger().add(Rectification.builder(Ledger.RECTIFY, unit, TODAY).problem("风险样本" + text).measures(text)
                    .due(TODAY.plusDays(9)).build());
        }
        LedgerFilter mine = new LedgerFilter(null, null, null, null, null, false, false, "风险样本");
        Path csv = dir.resolve("risky.csv");
        Path xlsx = dir.resolve("risky.xlsx");
        demo.ledgerExport().export(csv, mine);
        demo.ledgerExport().export(xlsx, mine);
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);
        for (String line : csvText.split("\r\n")) {
            for (String cell : line.split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(!c.isEmpty() && "=+@\t".indexOf(c.charAt(0)) >= 0, "a cell starts like a formula: " + cell);
            }
        }
        assertTrue(csvText.contains("'=HYPERLINK"));
        String sheet = sheetXml(xlsx);
        assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "no formula element in the sheet");
        try (Workspace target = emptyLedger()) {
            for (Path file : List.of(csv, xlsx)) {
                ImportPreview p = preview(target, file, ImportOptions.DEFAULT);
                assertTrue(p.canImport(), p.problems().toString());
                assertEquals(risky.stream().map(String::strip).toList(),
                        p.rows().stream().map(r -> r.item().measures()).toList(), file.toString());
            }
        }
    }

    private static String sheetXml(Path xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no sheet in " + xlsx);
    }

    @Test
    void tenThousandRowsGoInOneTransactionOrNotAtAll() throws IOException {
        Path good = dir.resolve("big.csv");
        Path bad = dir.resolve("big-bad.csv");
        StringBuilder b = new StringBuilder("单位,问题描述,整改措施,责任领导,责任部门/责任人,整改时限,状态\n");
        for (int i = 1; i <= 10_000; i++) {
            b.append("东江省,第").append(i).append("个问题：某项制度执行不到位,完善制度并督促落实,王建国,省委办公厅,2027-03-")
                    .append(String.format("%02d", i % 28 + 1)).append(",整改中\n");
        }
        Files.writeString(good, b, StandardCharsets.UTF_8);
        Files.writeString(bad, b.toString().replace("第9999个问题：某项制度执行不到位,完善制度并督促落实,王建国,省委办公厅,2027-03-04",
                "第9999个问题：某项制度执行不到位,完善制度并督促落实,王建国,省委办公厅,2027-02-30"), StandardCharsets.UTF_8);
        int before = demo.ledger().items().size();

        ImportPreview refused = preview(demo, bad, ImportOptions.DEFAULT);
        assertEquals(List.of("10000F ledgerio.problem.noSuchDate"),
                refused.problems().stream().map(p -> p.row() + p.columnLetters() + " " + p.messageKey()).toList());
        assertEquals(before, demo.ledger().items().size());

        long start = System.nanoTime();
        ImportPreview preview = preview(demo, good, ImportOptions.DEFAULT);
        List<Rectification> saved = demo.ledgerImport().commit(preview).added();
        System.out.printf("10,000-row CSV read, checked and imported in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        assertEquals(10_000, saved.size());
        assertEquals(before + 10_000, demo.ledger().items().size());
    }

    /** Every text the ledger tables hold, read from the file itself, not through the records (which clean what they read). */
    private List<String> storedTexts() throws java.sql.SQLException {
        List<String> texts = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo.db"));
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT category, problem, measures, leader, owner, verified_by, evidence,"
                     + " remarks FROM rectification UNION ALL SELECT text, '', '', '', '', '', '', '' FROM rectification_progress")) {
            while (rs.next()) {
                for (int i = 1; i <= 8; i++) {
                    texts.add(rs.getString(i));
                }
            }
        }
        return texts;
    }

    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uD800-\\uDFFF]");

    @ParameterizedTest
    @ValueSource(strings = {"hostile.csv", "hostile.xlsx"})
    void controlCharactersInAFileNeverReachTheDatabaseAndNothingFailsAtCommit(String name) throws Exception {
        Path file = dir.resolve(name);
        String[][] rows = {
            {"问题描述", "整改措施", "责任部门/责任人", "整改时限", "进展情况", "备注"},
            {"\u001B[2J\u001B[H ALL CLEAR\u0007", "措施\u007F一", "县委办\n张三", "2026-12-31", "2026-11-20 已部署\u0085", "第一行\r\n\t第二行"},
            {"\u0000开头的问题", "\u009B措施二", "县政府办", "2026-12-31", "", "\u0000"},
        };
        if (name.endsWith(".csv")) {
            StringBuilder csv = new StringBuilder();
            for (String[] row : rows) {
                csv.append(java.util.Arrays.stream(row).map(t -> "\"" + t + "\"").collect(java.util.stream.Collectors.joining(",")))
                        .append("\n");
            }
            // A NUL byte makes a CSV binary (refused whole): here the NULs stand for what an xlsx escape brings.
            Files.writeString(file, csv.toString().replace("\u0000", ""), StandardCharsets.UTF_8);
        } else {
            StringBuilder xml = new StringBuilder();
            for (int r = 0; r < rows.length; r++) {
                xml.append("<row r=\"").append(r + 1).append("\">");
                for (int c = 0; c < rows[r].length; c++) {
                    xml.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                            .append(excelEscaped(rows[r][c])).append("</t></is></c>");
                }
                xml.append("</row>");
            }
            org.guidancedesk.tabular.TestZips.write(file, org.guidancedesk.tabular.TestZips.workbook(
                    org.guidancedesk.tabular.TestZips.sheet(xml.toString())));
        }
        long unit = demo.units().units().stream().filter(u -> u.name().equals("南山县")).findFirst().orElseThrow().id();
        ImportPreview preview = preview(demo, file, new ImportOptions(unit, Ledger.RECTIFY, Set.of()));
        assertEquals(List.of(), preview.problems().stream().map(p -> p.describe(ZH)).toList());
        assertEquals(List.of("[2J[H ALL CLEAR", "开头的问题"), preview.draft().rows().stream().map(r -> r.text(0)).toList());
        demo.ledgerImport().commit(preview);

        List<String> stored = storedTexts();
        assertEquals(List.of(), stored.stream().filter(t -> CONTROL.matcher(t).find()).toList());
        List<Rectification> items = demo.ledger().items();
        Rectification first = items.get(items.size() - 2);
        Rectification second = items.get(items.size() - 1);
        assertEquals("[2J[H ALL CLEAR", first.problem());
        assertEquals("措施一", first.measures());
        assertEquals("县委办 张三", first.owner());
        assertEquals("第一行\r\n\t第二行", first.remarks());
        assertEquals(List.of("已部署"), demo.ledger().progress(first.id()).stream().map(ProgressNote::text).toList());
        assertEquals("开头的问题", second.problem());
        assertEquals("措施二", second.measures());
        assertEquals("", second.remarks());
        assertTrue(stored.contains("开头的问题"));
    }

    /** The text as Excel writes it in cell XML: what XML 1.0 cannot carry as _xHHHH_. */
    private static String excelEscaped(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F) {
                b.append(String.format("_x%04X_", (int) c));
            } else if (c == '<') {
                b.append("&lt;");
            } else if (c == '&') {
                b.append("&amp;");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String dataRows(int count) {
        StringBuilder b = new StringBuilder("南山县整改清单\n问题描述,整改时限\n");
        for (int i = 1; i <= count; i++) {
            b.append("问题").append(i).append(",2026-12-31\n");
        }
        return b.toString();
    }

    @Test
    void exactlyAHundredThousandDataRowsAreWithinTheLimitOneMoreIsNot() throws IOException {
        Path full = Files.writeString(dir.resolve("full.csv"), dataRows(100_000), StandardCharsets.UTF_8);
        ImportDraft draft = demo.ledgerImport().read(full);
        assertEquals(2, draft.headerRow());
        assertEquals(100_000, draft.rows().size());

        Path over = Files.writeString(dir.resolve("over.csv"), dataRows(100_001), StandardCharsets.UTF_8);
        LedgerFileException e = assertThrows(LedgerFileException.class, () -> demo.ledgerImport().read(over));
        assertEquals("tabular.error.tooManyRows", e.messageKey());
        assertEquals("文件 over.csv 第 100003 行：表格的数据超过 100,000 行，超出可导入的上限。请拆分为几个文件后分别导入。",
                ZH.tr(e.messageKey(), e.args()));
    }
}
