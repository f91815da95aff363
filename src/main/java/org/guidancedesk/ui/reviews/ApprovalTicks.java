package org.guidancedesk.ui.reviews;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.ReviewState;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ChecklistService;
import org.guidancedesk.ui.UiTasks;

/**
 * An approval and the required action it fulfils (实施方案 → "制定实施方案并报指导组审阅"): once a
 * document is approved while the unit's cell of that action is neither done nor 不适用, the
 * offer, made once per review, to tick the cell done on the day of the approval — through the
 * checklist's own mark, so it is one undo step like any tick.
 */
public final class ApprovalTicks {
    /** The cell an approval may tick. */
    public record Offer(Unit unit, RequiredAction action, LocalDate on) {
        RecordKey key() {
            return new RecordKey(action.id(), unit.id());
        }
    }

    private final UiTasks tasks;
    private final ChecklistService checklist;
    private final ReviewBoard board;
    private final StringProperty notice;
    private final I18n i18n;
    private final ObjectProperty<Offer> offer = new SimpleObjectProperty<>();
    /** The reviews whose tick was offered already (this session): asked once, never again. */
    private final Set<Long> offered = new HashSet<>();

    ApprovalTicks(UiTasks tasks, ChecklistService checklist, ReviewBoard board, StringProperty notice) {
        this.tasks = tasks;
        this.checklist = checklist;
        this.board = board;
        this.notice = notice;
        this.i18n = tasks.i18n();
    }

    /** After a feedback: an approval whose kind names an action not done at the unit is offered, once. */
    void offer(Review r) {
        if (r.state() != ReviewState.APPROVED || offered.contains(r.id())) {
            return;
        }
        ReviewBoard.Cell cell = board.cell(r.unitId(), r.kindId());
        List<RequiredAction> catalogue = board.snapshot().unitActions();
        ReviewKind kind = cell == null ? null : cell.kind();
        RequiredAction action = kind == null ? null : kind.matchingAction(catalogue).orElse(null);
        if (action == null) {
            return;
        }
        ActionStatus status = board.record(new RecordKey(action.id(), r.unitId())).status();
        if (status != ActionStatus.DONE && status != ActionStatus.NOT_APPLICABLE) {
            offered.add(r.id());
            offer.set(new Offer(cell.unit(), action, r.approvedOn()));
        }
    }

    /** "同时勾选规定动作“制定实施方案并报指导组审阅”（南山县），完成于 11月24日？" */
    public String question(Offer o) {
        return i18n.tr("reviews.tick.question", o.action().title(), o.unit().name(), i18n.shortDate(o.on()));
    }

    /** Ticks the action done on the approval's day (planned date, attendance and note kept). */
    public void tick(Offer o) {
        offer.set(null);
        tasks.write(() -> checklist.markDone(List.of(o.key()), o.on()), marked -> {
            marked.saved().forEach(board::apply);
            notice.set(i18n.tr("reviews.tick.done", o.action().title(), o.unit().name()));
        });
    }

    public void decline() {
        offer.set(null);
    }

    /** An approval whose action may be ticked too: the view asks, then calls {@link #tick} or {@link #decline}. */
    public ObjectProperty<Offer> offerProperty() {
        return offer;
    }
}
