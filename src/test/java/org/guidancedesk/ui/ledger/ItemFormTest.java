package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.ui.ledger.LedgerDetailModel.Form;
import org.junit.jupiter.api.Test;

/** The detail pane's fields without a scene: what is dirty, what a refresh overwrites, what a save takes. */
class ItemFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Rectification item(long id, String measures) {
        return Rectification.builder(Ledger.RECTIFY, 7, TODAY.minusDays(10)).id(id).problem("会议多、文件多")
                .measures(measures).owner("县委办公室").node(LedgerNode.DEADLINE).due(TODAY.plusDays(20)).build();
    }

    private final ItemForm form = new ItemForm();

    @Test
    void showingAnItemIsNoEditAndAnUnchangedFormTakesNothing() {
        AtomicInteger edits = new AtomicInteger();
        form.measures().onEdit(edits::incrementAndGet);
        Rectification r = item(1, "精简会议");
        form.show(r);
        assertEquals("精简会议", form.measures().get());
        assertFalse(form.isDirty());
        assertEquals(0, edits.get(), "showing is not the user's change");
        assertTrue(form.edits().isEmpty());
        assertEquals(Form.of(r), form.edits().form(), "what a save sends is the item as stored");
    }

    @Test
    void aRefreshUpdatesTheCleanFieldsAndKeepsWhatTheUserTyped() {
        form.show(item(1, "精简会议"));
        form.measures().set("精简会议，推行无会周");
        assertTrue(form.measures().isDirty());
        assertFalse(form.owner().isDirty());

        // Another write (an undo, another section) changed both fields of the same item.
        form.show(item(1, "另一种措施").toBuilder().owner("县政府办公室").build());
        assertEquals("精简会议，推行无会周", form.measures().get(), "a dirty field keeps what was typed");
        assertTrue(form.measures().isDirty());
        assertEquals("县政府办公室", form.owner().get(), "a clean field shows the newer value");
        assertFalse(form.owner().isDirty());
    }

    @Test
    void aSaveTakesTheDirtyFieldsOnlyAndTheyAreCleanOnceStored() {
        Rectification r = item(1, "精简会议");
        form.show(r);
        form.problem().set("会议多、文件多");   // set to what it holds: no edit
        form.measures().set("精简会议，推行无会周");
        ItemForm.Edits edits = form.edits();
        Form expected = new Form(r.ledger(), r.category(), r.unitId(), r.problem(), "精简会议，推行无会周", r.standard(), r.leader(),
                r.owner(), r.node(), r.due(), r.status(), r.completedOn(), r.verifiedOn(), r.verifiedBy(), r.evidence(),
                r.remarks());
        assertEquals(expected, edits.form());

        // The save as stored (its text without the trailing blank the user may have left).
        Rectification saved = r.toBuilder().measures("精简会议，推行无会周").build();
        form.show(saved);
        assertTrue(form.measures().isDirty(), "dirty until the save is stored");
        form.stored(edits);
        assertFalse(form.isDirty());
        assertTrue(form.edits().isEmpty(), "a second save takes nothing");

        // Now an undo puts the old text back: the field is clean, so it shows it.
        form.show(r);
        assertEquals("精简会议", form.measures().get());
    }

    @Test
    void typingWhileASaveIsUnderWayKeepsTheFieldDirty() {
        form.show(item(1, "精简会议"));
        form.measures().set("精简会议，推行");
        ItemForm.Edits edits = form.edits();
        form.measures().set("精简会议，推行无会周");   // typed on while the save runs
        form.show(item(1, "精简会议，推行"));         // the save comes back
        form.stored(edits);
        assertTrue(form.measures().isDirty());
        assertEquals("精简会议，推行无会周", form.measures().get());
        assertEquals("精简会议，推行无会周", form.edits().form().measures(), "the next save takes the rest");
    }

    @Test
    void anotherItemResetsEveryField() {
        form.show(item(1, "精简会议"));
        form.measures().set("精简会议，推行无会周");
        form.status().set(RectificationStatus.IN_PROGRESS);
        ItemForm.Edits edits = form.edits();

        Rectification other = item(2, "规范审批");
        form.show(other);
        assertFalse(form.isDirty());
        assertEquals("规范审批", form.measures().get());
        assertEquals(RectificationStatus.NOT_STARTED, form.status().get());
        form.measures().set("规范审批流程");
        form.stored(edits);   // the first item's save answered after the move: the second's typing stays
        assertTrue(form.measures().isDirty());

        form.show(null);
        form.show(item(2, "规范审批"));
        assertFalse(form.isDirty(), "shown again after nothing was: afresh");
    }

    @Test
    void eachChangeOfTheUserIsToldAndChangingBackIsClean() {
        AtomicInteger edits = new AtomicInteger();
        form.status().onEdit(edits::incrementAndGet);
        form.show(item(1, "精简会议"));
        form.status().set(RectificationStatus.IN_PROGRESS);
        assertEquals(1, edits.get());
        form.status().set(RectificationStatus.NOT_STARTED);
        assertFalse(form.status().isDirty(), "back to the stored value");
        form.show(item(1, "精简会议").toBuilder().status(RectificationStatus.COMPLETED, TODAY).build());
        assertEquals(RectificationStatus.COMPLETED, form.status().get());
        assertEquals(TODAY, form.completedOn().get());
        assertEquals(1, edits.get(), "a refresh is not the user's change");
    }
}
