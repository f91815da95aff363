package org.guidancedesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.RecordCount;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.ui.UiTasks;

/**
 * One ordered list of the file (units, catalogue entries) as an observable list, with the
 * writes its tab offers: save new or existing, the question before a removal, remove, move.
 * Each write re-reads the whole list in the same task, so the table shows what was stored.
 * Why: the units and catalogue view models did exactly this twice; each now keeps only its
 * fields, its texts and (for the catalogue) which rows may move.
 */
final class ListEditor<T> {
    /** The service calls on the list, named (e.g. {@code UnitService::units}, {@code ::add}, …). */
    record Rows<T>(Supplier<List<T>> all, UnaryOperator<T> add, Consumer<T> update,
                   LongFunction<RecordCount> recordsOf, LongConsumer remove, Consumer<List<Long>> reorder) {}

    private final UiTasks tasks;
    private final Rows<T> rows;
    private final ToLongFunction<T> id;
    private final ObservableList<T> list = FXCollections.observableArrayList();

    ListEditor(UiTasks tasks, ToLongFunction<T> id, Rows<T> rows) {
        this.tasks = tasks;
        this.id = id;
        this.rows = rows;
    }

    void load() {
        tasks.read(rows.all()::get, list::setAll);
    }

    /**
     * Builds the draft (the record's own rules may refuse it, then nothing is written), then
     * adds it ({@code existing} null) or saves it over {@code existing}. Refusals, the
     * record's or the service's, go to {@code onInvalid}.
     */
    void save(T existing, Supplier<T> draft, Consumer<T> onSaved, Consumer<ValidationException> onInvalid) {
        T built;
        try {
            built = draft.get();
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        tasks.write(() -> {
            T stored;
            if (existing == null) {
                stored = rows.add().apply(built);
            } else {
                rows.update().accept(built);
                stored = built;
            }
            return new Saved<>(stored, rows.all().get());
        }, saved -> {
            list.setAll(saved.all());
            onSaved.accept(saved.row());
        }, onInvalid);
    }

    private record Saved<T>(T row, List<T> all) {}

    /** Counts the records that go with the row, then asks {@code question} for that count. */
    void removal(T row, Function<RecordCount, String> question, Consumer<Removal> then) {
        decideRemoval(row, count -> Removal.confirm(question.apply(count)), then);
    }

    /** Counts the records that go with the row, then lets {@code decide} ask, or say why it cannot go. */
    void decideRemoval(T row, Function<RecordCount, Removal> decide, Consumer<Removal> then) {
        long rowId = id.applyAsLong(row);
        tasks.read(() -> rows.recordsOf().apply(rowId), count -> then.accept(decide.apply(count)));
    }

    void remove(T row, Runnable onRemoved) {
        long rowId = id.applyAsLong(row);
        writeAndReload(() -> rows.remove().accept(rowId), all -> onRemoved.run());
    }

    /** Whether the row is in {@code order} and has a neighbour there one place away (−1 up, +1 down). */
    boolean canMove(List<T> order, T row, int delta) {
        int index = indexIn(order, row);
        return index >= 0 && index + delta >= 0 && index + delta < order.size();
    }

    /**
     * Moves the row one place within {@code order} (the rows shown, which may be part of the
     * list), stores that order and hands the moved row, as re-read, to {@code onMoved}.
     * The caller checks {@link #canMove} first.
     */
    void move(List<T> order, T row, int delta, Consumer<T> onMoved) {
        List<Long> ids = Reorder.idsAfterMove(new ArrayList<>(order), indexIn(order, row), delta, id);
        long rowId = id.applyAsLong(row);
        writeAndReload(() -> rows.reorder().accept(ids),
                all -> all.stream().filter(r -> id.applyAsLong(r) == rowId).findFirst().ifPresent(onMoved));
    }

    /** Runs the write and re-reads the list in the same task, then shows the list and calls {@code after}. */
    private void writeAndReload(Runnable write, Consumer<List<T>> after) {
        tasks.write(() -> {
            write.run();
            return rows.all().get();
        }, all -> {
            list.setAll(all);
            after.accept(all);
        });
    }

    /** The row's place in {@code order}, matched by id, or −1 ({@code row} may be null). */
    int indexIn(List<T> order, T row) {
        if (row == null) {
            return -1;
        }
        long wanted = id.applyAsLong(row);
        for (int i = 0; i < order.size(); i++) {
            if (id.applyAsLong(order.get(i)) == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The whole list, in the service's order. */
    ObservableList<T> list() {
        return list;
    }
}
