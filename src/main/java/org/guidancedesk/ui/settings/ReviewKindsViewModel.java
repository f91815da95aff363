package org.guidancedesk.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.RecordCount;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ReviewService;
import org.guidancedesk.ui.UiTasks;

/**
 * 审阅材料: the kinds of document the group reviews, each with its usual problems (add, edit,
 * reorder, remove with the reviews of it), and the group's feedback window (days after 收到).
 */
public final class ReviewKindsViewModel implements RemovableRows<ReviewKind> {
    private final UiTasks tasks;
    private final ReviewService service;
    private final ListEditor<ReviewKind> kinds;
    private final IntegerProperty feedbackDays = new SimpleIntegerProperty(ReviewService.DEFAULT_FEEDBACK_DAYS);
    private final StringProperty notice = new SimpleStringProperty("");

    public ReviewKindsViewModel(UiTasks tasks, ReviewService service) {
        this.tasks = tasks;
        this.service = service;
        this.kinds = new ListEditor<>(tasks, ReviewKind::id, new ListEditor.Rows<>(service::kinds, service::addKind,
                service::updateKind, id -> new RecordCount(service.reviewsOf(id), 0), service::removeKind,
                service::reorderKinds));
    }

    public void load() {
        kinds.load();
        tasks.read(service::feedbackDays, feedbackDays::set);
    }

    /** Adds a kind at the end ({@code existing} null) or saves its name and criteria; refusals go to {@code onInvalid}. */
    public void save(ReviewKind existing, String name, String criteria, Consumer<ReviewKind> onSaved,
                     Consumer<ValidationException> onInvalid) {
        List<String> lines = List.of(criteria == null ? new String[0] : criteria.split("\\R"));
        kinds.save(existing, () -> existing == null ? new ReviewKind(0, name, lines, 0)
                : new ReviewKind(existing.id(), name, lines, existing.sortOrder()), onSaved, onInvalid);
    }

    /** The question before deleting: how many units' reviews of the kind go with it. */
    @Override
    public void removal(ReviewKind kind, Consumer<Removal> then) {
        I18n i18n = tasks.i18n();
        kinds.removal(kind, count -> count.total() == 0 ? i18n.tr("settings.reviews.remove.none", kind.name())
                : i18n.tr("settings.reviews.remove.withReviews", kind.name(), count.total()), then);
    }

    @Override
    public void remove(ReviewKind kind, Runnable onRemoved) {
        kinds.remove(kind, onRemoved);
    }

    public boolean canMove(ReviewKind kind, int delta) {
        return kinds.canMove(kinds.list(), kind, delta);
    }

    public void move(ReviewKind kind, int delta, Consumer<ReviewKind> onMoved) {
        if (canMove(kind, delta)) {
            kinds.move(kinds.list(), kind, delta, onMoved);
        }
    }

    /** The user set the feedback window: stored at once; a refusal (out of range) shows as the notice. */
    public void setFeedbackDays(int days) {
        if (days == feedbackDays.get()) {
            return;
        }
        I18n i18n = tasks.i18n();
        tasks.write(() -> {
            service.setFeedbackDays(days);
            return days;
        }, saved -> {
            feedbackDays.set(saved);
            notice.set(i18n.tr("settings.reviews.feedbackDaysSaved", saved));
        }, e -> notice.set(org.guidancedesk.ui.Messages.of(i18n, e)));
    }

    /** "规定动作一个不能少、学习时长" */
    public String criteriaText(ReviewKind kind) {
        return String.join(tasks.i18n().tr("sheet.nameSeparator"), kind.criteria());
    }

    public ObservableList<ReviewKind> kinds() {
        return kinds.list();
    }

    /** Days after 收到 the group's feedback is due, as stored. */
    public IntegerProperty feedbackDaysProperty() {
        return feedbackDays;
    }

    public StringProperty noticeProperty() {
        return notice;
    }
}
