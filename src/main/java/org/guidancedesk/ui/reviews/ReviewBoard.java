package org.guidancedesk.ui.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.ReviewState;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;

/**
 * What the section holds of the file: the last whole read, with each write's result applied in
 * place (a review as stored, a record ticked, an item filed), and what is shown of it — the grid
 * of units × kinds and the two lists of what waits: the group's feedback, the units' revisions.
 */
final class ReviewBoard {
    /** One cell of the grid: a unit's document of a kind, with its words and light. */
    record Cell(Unit unit, ReviewKind kind, Review review, String text, TrafficLight light) {
        boolean is(long unitId, long kindId) {
            return unit.id() == unitId && kind.id() == kindId;
        }
    }

    /** One unit's row of the grid, a cell per kind in the kinds' order. */
    record Row(Unit unit, List<Cell> cells) {}

    /** One line of a waiting list: the cell, when it is due and its light. */
    record Waiting(Cell cell, LocalDate due, TrafficLight light, String text, String dueText) {}

    private final I18n i18n;
    private ReviewsSnapshot snapshot;
    private ReviewTexts texts;
    private final Map<String, Review> reviews = new HashMap<>();
    private final Map<RecordKey, ActionRecord> records = new HashMap<>();
    private final Map<Long, Rectification> items = new HashMap<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Waiting> feedback = FXCollections.observableArrayList();
    private final ObservableList<Waiting> resubmit = FXCollections.observableArrayList();
    /** Moves after every read and every change applied: what is drawn from the data follows it. */
    private final IntegerProperty version = new SimpleIntegerProperty();

    ReviewBoard(I18n i18n) {
        this.i18n = i18n;
        this.texts = new ReviewTexts(i18n, LocalDate.of(2000, 1, 1));
    }

    /** A whole read: everything replaced. */
    void load(ReviewsSnapshot s) {
        snapshot = s;
        texts = new ReviewTexts(i18n, s.today());
        reviews.clear();
        s.reviews().forEach(r -> reviews.put(key(r.unitId(), r.kindId()), r));
        records.clear();
        records.putAll(s.records());
        items.clear();
        items.putAll(s.items());
        redraw();
    }

    /** A review as a write stored it. */
    void apply(Review r) {
        reviews.put(key(r.unitId(), r.kindId()), r);
        redraw();
    }

    void apply(ActionRecord r) {
        records.put(r.key(), r);
        version.set(version.get() + 1);
    }

    void apply(Rectification item) {
        items.put(item.id(), item);
        version.set(version.get() + 1);
    }

    private static String key(long unitId, long kindId) {
        return unitId + ":" + kindId;
    }

    private void redraw() {
        List<Row> grid = new ArrayList<>();
        List<Waiting> ours = new ArrayList<>();
        List<Waiting> theirs = new ArrayList<>();
        for (Unit u : snapshot.units()) {
            List<Cell> cells = new ArrayList<>();
            for (ReviewKind k : snapshot.kinds()) {
                Cell cell = cell(u, k);
                cells.add(cell);
                waiting(cell).ifPresent(w -> (cell.review().state() == ReviewState.IN_REVIEW ? ours : theirs).add(w));
            }
            grid.add(new Row(u, cells));
        }
        Comparator<Waiting> byDue = Comparator.comparing(Waiting::due, Comparator.nullsLast(Comparator.naturalOrder()));
        ours.sort(byDue);
        theirs.sort(byDue);
        rows.setAll(grid);
        feedback.setAll(ours);
        resubmit.setAll(theirs);
        version.set(version.get() + 1);
    }

    private Cell cell(Unit u, ReviewKind k) {
        Review r = reviews.getOrDefault(key(u.id(), k.id()), Review.none(u.id(), k.id()));
        LocalDate due = due(r);
        TrafficLight light = r.state() == ReviewState.NOT_RECEIVED ? TrafficLight.GREY
                : TrafficLight.of(due, false, false, snapshot.today(), snapshot.warnDays());
        // Late goes on a line of its own after the state (after the date due back, when there is one).
        String text = texts.cell(r) + (light != TrafficLight.RED ? ""
                : r.state() == ReviewState.IN_REVIEW || r.resubmitBy() == null ? "\n" + i18n.tr("reviews.cell.late")
                : i18n.tr("reviews.cell.lateAfterDate"));
        return new Cell(u, k, r, text, light);
    }

    /** The group's feedback due, or the unit's revision due; null when nothing is awaited by a date. */
    private LocalDate due(Review r) {
        return r.state() == ReviewState.IN_REVIEW ? r.feedbackDue(snapshot.feedbackDays()) : r.resubmitBy();
    }

    private java.util.Optional<Waiting> waiting(Cell c) {
        ReviewState state = c.review().state();
        if (state != ReviewState.IN_REVIEW && state != ReviewState.RESUBMIT) {
            return java.util.Optional.empty();
        }
        LocalDate due = due(c.review());
        String text = i18n.tr("reviews.waiting.line", c.unit().name(), c.kind().name(), c.review().rounds().size());
        String dueText = due == null ? i18n.tr("reviews.waiting.noDate")
                : i18n.tr("reviews.waiting.due", i18n.shortDate(due), texts.left(due));
        return java.util.Optional.of(new Waiting(c, due, c.light(), text, dueText));
    }

    /** The cell of a unit's document of a kind, or null when either is not shown. */
    Cell cell(long unitId, long kindId) {
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                if (c.is(unitId, kindId)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The cell of a stored review, or null. */
    Cell cellOf(long reviewId) {
        return reviews.values().stream().filter(r -> r.id() == reviewId).findFirst()
                .map(r -> cell(r.unitId(), r.kindId())).orElse(null);
    }

    ActionRecord record(RecordKey key) {
        return records.getOrDefault(key, ActionRecord.empty(key));
    }

    Rectification item(Long id) {
        return id == null ? null : items.get(id);
    }

    ReviewsSnapshot snapshot() {
        return snapshot;
    }

    ReviewTexts texts() {
        return texts;
    }

    LocalDate today() {
        return snapshot == null ? null : snapshot.today();
    }

    List<Review> reviews() {
        return List.copyOf(reviews.values());
    }

    ObservableList<Row> rows() {
        return rows;
    }

    ObservableList<Waiting> feedback() {
        return feedback;
    }

    ObservableList<Waiting> resubmit() {
        return resubmit;
    }

    IntegerProperty version() {
        return version;
    }
}
