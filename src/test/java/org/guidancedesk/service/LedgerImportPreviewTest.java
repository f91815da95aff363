package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import preview as a secretary uses it: correcting a cell, rows that are no items, the unit the file names. */
class LedgerImportPreviewTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private long unit(String name) {
        return ws.units().units().stream().filter(u -> u.name().equals(name)).map(Unit::id).findFirst().orElseThrow();
    }

    private ImportPreview preview(ImportDraft draft, ImportOptions options) {
        return ws.ledgerImport().preview(draft, draft.proposed(), options);
    }

    private static List<String> problems(ImportPreview p) {
        return p.problems().stream().map(x -> x.describe(ZH)).toList();
    }

    @Test
    void aCorrectedCellIsCheckedAgainAndWhatIsImported() throws IOException {
        Path file = csv("ledger.csv",
                "序号,单位,问题描述,整改措施,整改时限,完成情况",
                "1,南山县,村级活动场所利用率不高,制定使用管理办法,2026年12月底,整改中",
                "2,南山县,便民窗口设置不合理,调整窗口布局,下个月吧,未启动",
                "3,南三县,会议多,精简会议,2026-12-20,整改中");
        ImportDraft draft = ws.ledgerImport().read(file);
        ImportPreview first = preview(draft, ImportOptions.DEFAULT);
        assertEquals(2, first.problems().size(), problems(first).toString());
        ImportProblem due = first.problems().get(0);
        assertEquals(3, due.row());
        assertEquals(4, due.column());

        // Still no date: the problem stays, on the same cell, naming what was typed.
        ImportDraft stillBad = draft.withCell(3, 4, "月底");
        ImportPreview again = preview(stillBad, ImportOptions.DEFAULT);
        assertEquals(2, again.problems().size());
        assertTrue(again.problems().get(0).describe(ZH).contains("月底"), problems(again).toString());

        ImportDraft fixed = stillBad.withCell(3, 4, "2026年12月15日").withCell(4, 1, "南山县");
        ImportPreview good = preview(fixed, ImportOptions.DEFAULT);
        assertEquals(List.of(), problems(good));
        assertEquals(List.of(new ImportDraft.Correction(3, 4, "下个月吧", "2026年12月15日"),
                new ImportDraft.Correction(4, 1, "南三县", "南山县")), fixed.corrections());

        List<Rectification> saved = ws.ledgerImport().commit(good).added();
        assertEquals(3, saved.size());
        assertEquals(LocalDate.of(2026, 12, 15), saved.get(1).due());
        assertEquals(unit("南山县"), saved.get(2).unitId());
    }

    @Test
    void totalsAndFootnotesAreLeftOutAndShownAsSuch() throws IOException {
        Path file = csv("ledger.csv",
                "序号,单位,问题描述,整改措施,整改时限,完成情况",
                "1,南山县,村级活动场所利用率不高,制定使用管理办法,2026年12月底,整改中",
                "2,南山县,说明：窗口设置不合理,调整窗口布局,2026-12-20,未启动",
                "合  计,,2项,,,",
                "注：1. 完成情况填“整改中”或“已完成”。,,,,,",
                "填表说明：时限写到日,,,,,");
        ImportDraft draft = ws.ledgerImport().read(file);
        ImportPreview p = preview(draft, ImportOptions.DEFAULT);
        assertEquals(List.of(), problems(p));
        assertEquals(List.of(2, 3), p.rows().stream().map(ImportPreview.Row::number).toList(),
                "a 说明： inside a real row's text is no footnote");
        assertEquals(List.of(4, 5, 6), p.notData().stream().map(ImportPreview.NotData::number).toList());
        assertEquals(List.of(ImportPreview.NotDataKind.TOTAL, ImportPreview.NotDataKind.NOTE,
                ImportPreview.NotDataKind.NOTE), p.notData().stream().map(ImportPreview.NotData::kind).toList());
        assertTrue(p.notData().get(1).text().startsWith("注：1. 完成情况"), p.notData().get(1).text());

        // Taken in on purpose, the 合计 row is read as a row (and found wanting).
        ImportPreview taken = preview(draft, new ImportOptions(null, Ledger.RECTIFY, Set.of(), Set.of(4)));
        assertTrue(taken.notData().get(0).included());
        assertTrue(taken.problems().stream().allMatch(x -> x.row() == 4), problems(taken).toString());
        assertTrue(!taken.problems().isEmpty());
    }

    @Test
    void theUnitIsGuessedFromTheTitleRowElseTheFileName() throws IOException {
        String header = "序号,问题描述,整改措施,整改时限";
        String row = "1,会议多,精简会议,2026-12-20";
        Path titled = csv("东江省台账.csv", "西岭市委巡察反馈问题整改台账,,,", header, row);
        assertEquals(Optional.of(unit("西岭市")), ws.ledgerImport().guessUnit(ws.ledgerImport().read(titled)));

        Path named = csv("南山县委主题教育整改台账（11月）.csv", header, row);
        assertEquals(Optional.of(unit("南山县")), ws.ledgerImport().guessUnit(ws.ledgerImport().read(named)));

        Path none = csv("整改台账.csv", "某某县委整改台账,,,", header, row);
        assertEquals(Optional.empty(), ws.ledgerImport().guessUnit(ws.ledgerImport().read(none)));
    }
}
