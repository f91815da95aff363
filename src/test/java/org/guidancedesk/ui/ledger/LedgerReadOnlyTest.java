package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.SyncUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.guidancedesk.ui.ledger.LedgerDetailModel.Form;
import org.guidancedesk.ui.ledger.LedgerViewModel.QuickForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 整改台账 on a file that can only be read: every edit is refused before it is tried, and nothing fails. */
class LedgerReadOnlyTest {
    @TempDir
    Path dir;
    private final List<Throwable> errors = new ArrayList<>();
    private Workspace ws;
    private LedgerViewModel vm;

    @BeforeEach
    void openReadOnly() {
        DemoFixture demo = DemoFixture.open(dir);
        demo.close();
        ws = Workspace.openReadOnly(dir.resolve("demo.db"), demo.clock());
        vm = new LedgerViewModel(new UiTasks(new SyncUiExecutor(), errors::add, I18n.forLanguage("zh"), demo.clock()), ws);
        vm.reload();
    }

    @AfterEach
    void close() {
        ws.close();
        assertTrue(errors.isEmpty(), () -> "no write may be tried: " + errors);
    }

    private List<Rectification> stored() {
        return ws.ledger().items();
    }

    @Test
    void everyEditIsRefusedWithAMessageAndNothingIsTried() {
        assertTrue(vm.readOnly());
        List<Rectification> before = stored();
        LedgerRow first = vm.list().rows().stream().filter(r -> !r.isHeading()).findFirst().orElseThrow();
        vm.selection().select(List.of(first), first);

        vm.setStatus(RectificationStatus.COMPLETED, null, "");
        assertTrue(vm.messageProperty().get().contains("只读"), vm.messageProperty().get());

        vm.messageProperty().set("");
        vm.removeSelected();
        assertTrue(vm.messageProperty().get().contains("只读"));

        QuickForm f = vm.newForm();
        vm.add(new QuickForm(f.unitId(), f.ledger(), f.category(), "会议室超标准装修", f.node(), f.due(), "", ""),
                r -> { throw new AssertionError("added"); }, e -> { throw e; });

        LedgerDetailModel d = vm.details();
        Form form = d.form();
        assertFalse(d.save(new Form(form.ledger(), form.category(), form.unitId(), form.problem(), "改过的整改措施",
                form.standard(), form.leader(), form.owner(), form.node(), form.due(), form.status(), form.completedOn(),
                form.verifiedOn(), form.verifiedBy(), form.evidence(), form.remarks())));
        assertTrue(d.errorProperty().get().contains("只读"), d.errorProperty().get());
        assertTrue(d.save(form), "an unchanged form is no edit");

        d.addNote(null, "进展", () -> { throw new AssertionError("noted"); });
        assertTrue(d.noteErrorProperty().get().contains("只读"));
        d.dismiss(LedgerWarning.Kind.NEAR_DUPLICATE);
        d.restoreDismissed();

        vm.criteria().unitProperty().set(first.unitId());
        vm.saveFilter("一个单位", e -> { throw e; });
        assertFalse(vm.saved().names().contains("一个单位"));

        assertEquals(before, stored());
    }
}
