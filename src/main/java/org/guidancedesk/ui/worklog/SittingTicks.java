package org.guidancedesk.ui.worklog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.UiTasks;

/**
 * 列席会议 and the required action it fulfils: the actions a sitting may name (with the state of
 * the unit's cell), and — once a sitting naming one is done while the cell is not — the offer,
 * made once per entry, to tick the cell with the meeting's day and who sat in.
 */
public final class SittingTicks {
    private final UiTasks tasks;
    private final Workspace workspace;
    private final WorkLogData data;
    private final StringProperty notice;
    private final I18n i18n;
    private final ObjectProperty<WorkEntry> offer = new SimpleObjectProperty<>();
    /** The sittings whose tick was offered already (this session): asked once, never again. */
    private final Set<Long> offered = new HashSet<>();

    SittingTicks(UiTasks tasks, Workspace workspace, WorkLogData data, StringProperty notice) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.data = data;
        this.notice = notice;
        this.i18n = tasks.i18n();
    }

    /** After a save: a done sitting naming an action whose cell is not done yet is offered, once. */
    void offer(WorkEntry e) {
        if (offered.contains(e.id()) || e.status() != WorkStatus.DONE
                || !(e.details() instanceof WorkDetails.Sitting s) || s.actionId() == null) {
            return;
        }
        RecordKey key = new RecordKey(s.actionId(), e.unitIds().iterator().next());
        if (data.record(key).status() != ActionStatus.DONE) {
            offered.add(e.id());
            offer.set(e);
        }
    }

    /** "同时勾选 规定动作「读书班」（南山县），完成于 11月24日？" */
    public String question(WorkEntry e) {
        if (!(e.details() instanceof WorkDetails.Sitting s) || s.actionId() == null) {
            return "";
        }
        return i18n.tr("worklog.tick.question", title(s.actionId()), data.texts().units(e), i18n.shortDate(e.on()));
    }

    /** Ticks the sitting's action: done on the meeting's day, who sat in among the attendees (one undo step). */
    public void tick(WorkEntry e) {
        offer.set(null);
        long id = e.id();
        tasks.write(() -> workspace.workLog().tickSitting(id), (ActionRecord record) -> {
            data.apply(record);
            notice.set(i18n.tr("worklog.tick.done", title(record.key().actionId()), data.texts().units(e)));
        });
    }

    public void decline() {
        offer.set(null);
    }

    /** The units' required actions a sitting at this unit may fulfil: not those 不适用 there. */
    public List<RequiredAction> actionsFor(Long unitId) {
        if (unitId == null) {
            return actions();
        }
        return actions().stream().filter(a -> data.record(new RecordKey(a.id(), unitId)).status()
                != ActionStatus.NOT_APPLICABLE).toList();
    }

    /** "读书班", or "读书班（已完成 11月20日）" when the unit's cell is done. */
    public String text(RequiredAction a, Long unitId) {
        if (unitId == null) {
            return a.title();
        }
        ActionRecord record = data.record(new RecordKey(a.id(), unitId));
        return record.status() == ActionStatus.DONE && record.done() != null
                ? i18n.tr("worklog.sitting.actionDone", a.title(), i18n.shortDate(record.done())) : a.title();
    }

    private String title(long actionId) {
        return actions().stream().filter(a -> a.id() == actionId).map(RequiredAction::title).findFirst().orElse("");
    }

    private List<RequiredAction> actions() {
        return data.snapshot() == null ? List.of() : data.snapshot().unitActions();
    }

    /** A done sitting whose action may be ticked too: the view asks, then calls {@link #tick} or {@link #decline}. */
    public ObjectProperty<WorkEntry> offerProperty() {
        return offer;
    }
}
