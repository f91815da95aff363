package org.guidancedesk.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.TrashEntry;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deleted work log entry in the trash and in 编辑 › 撤销: its kind in words and its day, never "TALK". */
class WorkEntryTrashTest {
    @TempDir
    Path dir;

    @Test
    void aDeletedEntryIsNamedByItsKindAndDay() {
        try (DemoFixture demo = DemoFixture.open(dir)) {
            Workspace ws = demo.workspace();
            long unit = ws.units().units().get(0).id();
            WorkEntry e = ws.workLog().save(new WorkEntry(0, WorkKind.TALK, WorkStatus.DONE, DemoFixture.TODAY, null,
                    Set.of(unit), false, List.of(), null, "内部记录", "", new WorkDetails.Talk(List.of(
                    new Interviewee("张三", unit, "处长", PersonLevel.MIDDLE, 1))), List.of(), List.of()));
            ws.workLog().remove(List.of(e.id()));
            TrashEntry deleted = ws.history().trash().stream().filter(t -> t.table().equals("work_entry")).findFirst()
                    .orElseThrow();
            assertEquals("TALK", deleted.label(), "as the store labels it");
            assertEquals("个别谈话 11月24日", new TrashText(I18n.forLanguage("zh"), Map.of()).label(deleted));
            assertEquals("Individual talk, Nov 24", new TrashText(I18n.forLanguage("en"), Map.of()).label(deleted));

            String undo = new StepText(I18n.forLanguage("zh")).label(ws.history().ofStep(ws.history().undoable()
                    .orElseThrow().setId()));
            assertTrue(undo.contains("个别谈话 11月24日"), undo);
            assertTrue(!undo.contains("TALK") && !undo.contains("张三") && !undo.contains("内部记录"), undo);
        }
    }
}
