package org.guidancedesk.ui.weekly;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.DeadlineService;
import org.guidancedesk.service.DynamicService;
import org.guidancedesk.ui.UiTasks;

/**
 * After a 工作动态 was issued in a week that has a weekly 工作动态 deadline not yet 已报: the offer
 * to mark that occurrence 已报 today with "工作动态第N期" as what was sent. The view asks, then
 * calls {@link #accept} or {@link #decline}; nothing is marked without the secretary's yes.
 */
public final class IssueOffer {
    /** The occurrence the issue answers and what was sent. */
    public record Offer(Occurrence occurrence, String sent) {}

    private final UiTasks tasks;
    private final DeadlineService deadlines;
    private final I18n i18n;
    private final Consumer<String> notice;
    private final ObjectProperty<Offer> offer = new SimpleObjectProperty<>();

    IssueOffer(UiTasks tasks, DeadlineService deadlines, Consumer<String> notice) {
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.i18n = tasks.i18n();
        this.notice = notice;
    }

    /** Offers the deadline an issue found, if it found one. */
    void after(DynamicService.Issued issued) {
        issued.deadline().ifPresent(o ->
                offer.set(new Offer(o, i18n.tr("dynamic.sent", issued.issue().number()))));
    }

    /** "把报送节点“每周工作动态”（12月4日）标为已报，报送内容“工作动态第6期”？" */
    public String question(Offer o) {
        return i18n.tr("weekly.dynamic.offer.question", o.occurrence().deadline().title(),
                i18n.shortDate(o.occurrence().due()), o.sent());
    }

    public void accept(Offer o) {
        offer.set(null);
        Occurrence occ = o.occurrence();
        tasks.write(() -> deadlines.markSubmitted(occ.deadline().id(), occ.due(), o.sent()),
                marked -> notice.accept(i18n.tr("weekly.dynamic.offer.done", occ.deadline().title(), o.sent())));
    }

    public void decline() {
        offer.set(null);
    }

    /** The offer waiting for an answer, or null. */
    public ObjectProperty<Offer> offerProperty() {
        return offer;
    }
}
