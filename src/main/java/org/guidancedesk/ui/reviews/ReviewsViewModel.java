package org.guidancedesk.ui.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.FindingItem;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewFigures;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.ReviewPoint;
import org.guidancedesk.domain.ReviewResult;
import org.guidancedesk.domain.ReviewRound;
import org.guidancedesk.domain.ReviewState;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.ReviewSentence;
import org.guidancedesk.service.ReviewService;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.UiTasks;

/**
 * 审阅把关's commands: the whole read (first showing, undo, coming back), the cell selected and
 * what its pane shows, and every write — 收到, 反馈, a point filed as a ledger item — each applying
 * the review it returns in place; after an approval, the offer to tick the unit's action. What
 * the data holds and draws is {@link ReviewBoard}. No scene types: tested without a toolkit.
 */
public final class ReviewsViewModel {
    /** Days a revision is due back by default: a week after the feedback. */
    static final int DEFAULT_RESUBMIT_DAYS = 7;

    /** The side pane of the selected cell: title, state line, each round with its points. */
    public record Pane(String title, String state, TrafficLight light, List<RoundView> rounds, boolean canReceive,
                       boolean canAnswer) {}

    /** One round in the pane: its title, its lines, its points. */
    public record RoundView(String title, List<String> lines, List<PointView> points) {}

    /** One point in the pane: its text, the item it became ("" if none) and whether it may become one. */
    public record PointView(long id, String text, String item, boolean canFile) {}

    private final UiTasks tasks;
    private final Workspace workspace;
    private final Supplier<ReviewsSnapshot> reads;
    private final I18n i18n;
    private final ReviewBoard board;
    private final ApprovalTicks ticks;
    private final ObjectProperty<ReviewBoard.Cell> selected = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private Long toReveal;

    public ReviewsViewModel(UiTasks tasks, Workspace workspace) {
        this(tasks, workspace, () -> ReviewsSnapshot.read(workspace));
    }

    /** With the whole read given (tests count it). */
    ReviewsViewModel(UiTasks tasks, Workspace workspace, Supplier<ReviewsSnapshot> reads) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.reads = reads;
        this.i18n = tasks.i18n();
        this.board = new ReviewBoard(i18n);
        this.ticks = new ApprovalTicks(tasks, workspace.checklist(), board, notice);
    }

    private ReviewService service() {
        return workspace.reviews();
    }

    // --- reading -----------------------------------------------------------------------------------------

    /** Reads everything; the selected cell stays. */
    public void reload() {
        tasks.read(reads::get, this::show);
    }

    private void show(ReviewsSnapshot s) {
        ReviewBoard.Cell was = selected.get();
        board.load(s);
        ReviewBoard.Cell now = toReveal != null ? board.cellOf(toReveal)
                : was != null ? board.cell(was.unit().id(), was.kind().id()) : null;
        toReveal = null;
        if (now == null && !board.rows().isEmpty() && !board.rows().get(0).cells().isEmpty()) {
            now = board.rows().get(0).cells().get(0);
        }
        selected.set(now);
        loaded.set(true);
    }

    /** Selects that review's cell once the next read has arrived (the section is opened on it from 总览). */
    public void revealAfterReload(long reviewId) {
        toReveal = reviewId;
    }

    /** Past midnight every due date moves: then a write is followed by the whole read. */
    private boolean dayChanged() {
        return !service().today().equals(board.today());
    }

    private void applied(Review saved) {
        if (dayChanged()) {
            toReveal = saved.id();
            reload();
            return;
        }
        board.apply(saved);
        selected.set(board.cell(saved.unitId(), saved.kindId()));
    }

    // --- the grid and the pane -------------------------------------------------------------------------------

    public void select(long unitId, long kindId) {
        selected.set(board.cell(unitId, kindId));
    }

    /** What the side pane shows of the selected cell, or null with none selected. */
    public Pane pane() {
        ReviewBoard.Cell c = selected.get();
        if (c == null) {
            return null;
        }
        Review r = c.review();
        ReviewTexts texts = board.texts();
        List<RoundView> rounds = new ArrayList<>();
        for (ReviewRound round : r.rounds()) {
            List<PointView> points = new ArrayList<>();
            int n = 1;
            for (ReviewPoint p : round.points()) {
                Rectification item = board.item(p.itemId());
                String itemText = item != null ? i18n.tr("reviews.point.filed", texts.item(item))
                        : p.turnedIntoItem() ? i18n.tr("reviews.point.itemGone") : "";
                points.add(new PointView(p.id(), texts.point(n++, p), itemText, !p.turnedIntoItem()));
            }
            rounds.add(new RoundView(i18n.tr("reviews.round.title", round.number()), texts.round(round), points));
        }
        ReviewState state = r.state();
        return new Pane(i18n.tr("reviews.pane.title", c.unit().name(), c.kind().name()),
                texts.state(r, board.snapshot().feedbackDays()), c.light(), rounds,
                state == ReviewState.NOT_RECEIVED || state == ReviewState.RESUBMIT, state == ReviewState.IN_REVIEW);
    }

    /** "活动以来：审阅方案材料6份，提出修改意见14条，2份经多轮修改后定稿。" */
    public String soFar() {
        if (board.today() == null) {
            return "";
        }
        ReviewFigures f = ReviewFigures.of(board.reviews(), DateRange.FIRST, board.today());
        return f.isEmpty() ? i18n.tr("reviews.soFar.none") : i18n.tr("reviews.soFar", ReviewSentence.of(f, i18n));
    }

    // --- 收到 ----------------------------------------------------------------------------------------------

    /** "收到材料：南山县 · 实施方案 第2轮" */
    public String receiveTitle() {
        ReviewBoard.Cell c = selected.get();
        return c == null ? "" : i18n.tr("reviews.receive.title", c.unit().name(), c.kind().name(),
                c.review().rounds().size() + 1);
    }

    /** A new round of the selected cell's document, received that day; refused at its field (nothing saved). */
    public void receive(LocalDate on, String version, Runnable onDone, Consumer<ValidationException> onInvalid) {
        ReviewBoard.Cell c = selected.get();
        if (c == null) {
            return;
        }
        try {
            c.review().received(on, version, today());
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        long unit = c.unit().id();
        long kind = c.kind().id();
        tasks.write(() -> service().receive(unit, kind, on, version), saved -> {
            applied(saved);
            notice.set(i18n.tr("reviews.notice.received", c.unit().name(), c.kind().name(), saved.rounds().size()));
            onDone.run();
        }, onInvalid);
    }

    // --- 反馈 ----------------------------------------------------------------------------------------------

    /** "反馈意见：南山县 · 实施方案 第2轮" */
    public String answerTitle() {
        ReviewBoard.Cell c = selected.get();
        return c == null ? "" : i18n.tr("reviews.answer.title", c.unit().name(), c.kind().name(),
                c.review().rounds().size());
    }

    /** The feedback as the dialog starts it: today, 修改后重报 due back in a week, one empty point. */
    public FeedbackDraft newFeedback() {
        LocalDate today = today();
        return new FeedbackDraft(today, ReviewResult.REVISE, today.plusDays(DEFAULT_RESUBMIT_DAYS),
                List.of(new FeedbackDraft.Point("", List.of())));
    }

    /** The usual problems of the selected cell's kind, to tick on a point. */
    public List<String> criteria() {
        ReviewBoard.Cell c = selected.get();
        return c == null ? List.of() : c.kind().criteria();
    }

    /**
     * The group's feedback on the selected cell's round awaiting it; refused at its field (nothing
     * saved). An approval whose kind names a required action not done yet is offered to tick it.
     */
    public void answer(FeedbackDraft draft, Runnable onDone, Consumer<ValidationException> onInvalid) {
        ReviewBoard.Cell c = selected.get();
        if (c == null) {
            return;
        }
        ReviewRound.Feedback feedback;
        try {
            feedback = draft.build(i18n.tr("sheet.nameSeparator"));
            c.review().answered(feedback, today());
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        long reviewId = c.review().id();
        tasks.write(() -> service().answer(reviewId, feedback), saved -> {
            applied(saved);
            notice.set(i18n.tr("reviews.notice.answered", c.unit().name(), c.kind().name(),
                    i18n.tr("reviewResult", feedback.result())));
            onDone.run();
            ticks.offer(saved);
        }, onInvalid);
    }

    // --- a point into the ledger -----------------------------------------------------------------------------

    /**
     * 转入整改台账: the point becomes an item of the 整改台账 (category 指导组反馈, the review's unit,
     * node and due by the quick add's rule), linked both ways in one write.
     */
    public void fileAsItem(long pointId, Consumer<ValidationException> onInvalid) {
        ReviewBoard.Cell c = selected.get();
        ReviewPoint point = c == null ? null
                : c.review().points().stream().filter(p -> p.id() == pointId).findFirst().orElse(null);
        if (point == null || point.turnedIntoItem()) {
            return;
        }
        ReviewsSnapshot s = board.snapshot();
        Rectification draft;
        try {
            draft = FindingItem.draft(point.text(), c.unit().id(), s.categories(), s.milestones(), today());
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        tasks.write(() -> service().turnIntoItem(pointId, draft), filed -> {
            Rectification item = filed.patch().item();
            board.apply(item);
            applied(filed.review());
            notice.set(i18n.tr("reviews.notice.filed", board.texts().item(item)));
        }, onInvalid);
    }

    // --- what the view binds ---------------------------------------------------------------------------------

    /** Whether the file could only be opened for reading: every edit is refused. */
    public boolean readOnly() {
        return workspace.readOnly();
    }

    public LocalDate today() {
        return board.today() != null ? board.today() : service().today();
    }

    /** Days after 收到 the group's feedback is due (as read). */
    public int feedbackDays() {
        return board.snapshot() == null ? ReviewService.DEFAULT_FEEDBACK_DAYS : board.snapshot().feedbackDays();
    }

    /** "反馈日期：不能早于收到日期（2026-11-20）" */
    public String message(ValidationException e) {
        return org.guidancedesk.ui.Messages.of(i18n, e);
    }

    public I18n i18n() {
        return i18n;
    }

    public List<ReviewKind> kinds() {
        return board.snapshot() == null ? List.of() : board.snapshot().kinds();
    }

    public ObservableList<ReviewBoard.Row> rows() {
        return board.rows();
    }

    /** 待我们反馈: the rounds received awaiting the group's feedback, soonest due first. */
    public ObservableList<ReviewBoard.Waiting> waitingForUs() {
        return board.feedback();
    }

    /** 待单位重报: the documents sent back, soonest due first. */
    public ObservableList<ReviewBoard.Waiting> waitingForUnits() {
        return board.resubmit();
    }

    public ObjectProperty<ReviewBoard.Cell> selectedProperty() {
        return selected;
    }

    public ApprovalTicks ticks() {
        return ticks;
    }

    /** What the last action did, for the status line of the section. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** Moves after every read and every change applied. */
    public IntegerProperty versionProperty() {
        return board.version();
    }
}
