package org.guidancedesk.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.Change;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo labels and 修改记录 lines in the user's words, computed from the recorded rows of real writes. */
class StepTextTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final I18n zh = I18n.forLanguage("zh");

    @TempDir
    Path dir;
    private Path file;
    private Workspace ws;

    @BeforeEach
    void demo() {
        file = dir.resolve("demo.db");
        DemoCopies.copy(file, TODAY, clock);
        ws = Workspace.open(file, clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** The newest write's label, read the way 编辑 › 撤销 reads it. */
    private String lastStep(I18n i18n) throws Exception {
        return new StepText(i18n).label(ws.history().ofStep(lastSet()));
    }

    private long lastSet() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(id) FROM change_set")) {
            return rs.getLong(1);
        }
    }

    private RecordKey lectureAt(String unitName) {
        Checklist list = ws.checklist().load();
        RequiredAction lecture = list.unitActions().stream().filter(a -> a.title().equals("讲专题党课")).findFirst()
                .orElseThrow();
        Unit unit = ws.units().units().stream().filter(u -> u.name().equals(unitName)).findFirst().orElseThrow();
        return new RecordKey(lecture.id(), unit.id());
    }

    @Test
    void tickingAndUntickingACellNameTheUnitAndTheAction() throws Exception {
        RecordKey cell = lectureAt("南山县");
        ws.checklist().toggle(cell);
        assertEquals("勾选 南山县·讲专题党课", lastStep(zh));
        assertEquals("tick 南山县 · 讲专题党课", lastStep(I18n.forLanguage("en")));
        ws.checklist().toggle(cell);
        assertEquals("取消勾选 南山县·讲专题党课", lastStep(zh));
    }

    @Test
    void editingALedgerItemNamesItsCode() throws Exception {
        Rectification item = ws.ledger().items().stream()
                .filter(r -> r.ledger() == org.guidancedesk.domain.Ledger.RECTIFY && r.serial() == 7).findFirst()
                .orElseThrow();
        ws.ledger().update(item.toBuilder().measures(item.measures() + "，每周通报").build());
        assertEquals("修改整改事项 整改-007", lastStep(zh));
    }

    @Test
    void markingASubmissionNamesTheMaterialAndItsDueDay() throws Exception {
        Deadline weekly = ws.deadlines().deadlines().stream().filter(d -> d.title().equals("报送工作动态"))
                .findFirst().orElseThrow();
        ws.deadlines().markSubmitted(weekly.id(), LocalDate.of(2026, 11, 27), "");
        assertEquals("标记已报 报送工作动态 11月27日", lastStep(zh));
        ws.deadlines().undoSubmission(weekly.id(), LocalDate.of(2026, 11, 27));
        assertEquals("取消已报 报送工作动态 11月27日", lastStep(zh));
    }

    @Test
    void attendeesAddedOrRemovedAreNamedAndTheDatesColumnsHaveWords() throws Exception {
        RecordKey cell = lectureAt("南山县");
        Checklist list = ws.checklist().load();
        ActionRecord before = list.record(cell);
        var member = list.members().get(0);
        ws.checklist().save(new ActionRecord(cell, org.guidancedesk.domain.ActionStatus.DONE, before.planned(),
                TODAY, Set.of(member.id()), before.note()));
        assertEquals("勾选 南山县·讲专题党课", lastStep(zh));

        ChangeText text = new ChangeText(zh, ZONE);
        List<Change> cellHistory = ws.history().ofCell(cell);
        Change attendee = cellHistory.stream().filter(c -> c.table().equals("record_attendee")).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals("新增参加人员", text.what(attendee));
        assertEquals("参加人员：" + member.name(), text.details(attendee));
        Change tick = cellHistory.get(cellHistory.size() - 2);
        assertEquals("勾选", text.what(tick));
        assertTrue(text.details(tick).contains("完成日期：（空） → 2026年11月24日"), text.details(tick));
        for (Change c : cellHistory) {
            assertFalse(text.details(c).matches(".*[a-z_]{4,}：.*"), "no raw column names: " + text.details(c));
        }
    }
}
