package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;

/**
 * What the section holds of the file: the last whole read, with each write's result applied to
 * it in place (an entry saved or removed, a record ticked, an item filed), and the rows the
 * filter lets through, newest first, with the selection kept on its entry.
 */
final class WorkLogData {
    /** Newest first: the diary's latest day on top, a later time above an earlier one that day. */
    static final Comparator<WorkEntry> NEWEST_FIRST = Comparator.comparing(WorkEntry::on)
            .thenComparing(e -> e.at() == null ? java.time.LocalTime.MIN : e.at())
            .thenComparingLong(WorkEntry::id).reversed();

    private final I18n i18n;
    private final WorkCriteria criteria;
    private WorkLogSnapshot snapshot;
    private WorkTexts texts;
    private final Map<Long, WorkEntry> entries = new LinkedHashMap<>();
    private final Map<Long, WorkRow> rowsById = new HashMap<>();
    private final Map<org.guidancedesk.domain.RecordKey, ActionRecord> records = new HashMap<>();
    private final Map<Long, Rectification> items = new HashMap<>();
    private final ObservableList<WorkRow> shown = FXCollections.observableArrayList();
    private final ObjectProperty<WorkRow> selected = new SimpleObjectProperty<>();
    /** Moves after every read and every change applied: what is computed from the data follows it. */
    private final IntegerProperty version = new SimpleIntegerProperty();

    WorkLogData(I18n i18n, WorkCriteria criteria) {
        this.i18n = i18n;
        this.criteria = criteria;
        this.texts = new WorkTexts(i18n, List.of(), List.of(), null);
        for (javafx.beans.Observable o : criteria.all()) {
            o.addListener(x -> refilter());
        }
    }

    /** A whole read: everything replaced; the selection stays on its entry when it is still there. */
    void load(WorkLogSnapshot s) {
        snapshot = s;
        texts = new WorkTexts(i18n, s.units(), s.members(), s.today());
        entries.clear();
        rowsById.clear();
        s.entries().stream().sorted(NEWEST_FIRST).forEach(e -> entries.put(e.id(), e));
        entries.values().forEach(e -> rowsById.put(e.id(), WorkRow.of(e, texts)));
        records.clear();
        records.putAll(s.records());
        items.clear();
        items.putAll(s.items());
        refilter();
    }

    boolean loaded() {
        return snapshot != null;
    }

    /** An entry as stored after a write: its row made again, the list filtered and sorted again. */
    void apply(WorkEntry saved) {
        entries.put(saved.id(), saved);
        rowsById.put(saved.id(), WorkRow.of(saved, texts));
        refilter();
    }

    void remove(Collection<Long> ids) {
        ids.forEach(id -> {
            entries.remove(id);
            rowsById.remove(id);
        });
        refilter();
    }

    void apply(ActionRecord ticked) {
        records.put(ticked.key(), ticked);
        version.set(version.get() + 1);
    }

    void apply(Rectification item) {
        items.put(item.id(), item);
        version.set(version.get() + 1);
    }

    /** The rows through the filter, newest first; the selection kept on its entry, else cleared. */
    private void refilter() {
        LocalDate today = today();
        var keep = criteria.predicate(today == null ? LocalDate.of(2000, 1, 1) : today);
        List<WorkRow> rows = new ArrayList<>();
        entries.values().stream().sorted(NEWEST_FIRST).map(e -> rowsById.get(e.id())).filter(keep).forEach(rows::add);
        WorkRow was = selected.get();
        if (!rows.equals(shown)) {
            shown.setAll(rows);
        }
        WorkRow now = was == null ? null : rows.stream().filter(r -> r.id() == was.id()).findFirst().orElse(null);
        if (!Objects.equals(now, was)) {
            selected.set(now);
        }
        version.set(version.get() + 1);
    }

    /** Selects the entry's row, widening the filter when it does not let it through. */
    void select(long id) {
        if (!entries.containsKey(id)) {
            return;
        }
        if (shown.stream().noneMatch(r -> r.id() == id)) {
            criteria.clear();
        }
        shown.stream().filter(r -> r.id() == id).findFirst().ifPresent(selected::set);
    }

    LocalDate today() {
        return snapshot == null ? null : snapshot.today();
    }

    WorkLogSnapshot snapshot() {
        return snapshot;
    }

    WorkTexts texts() {
        return texts;
    }

    /** Every entry held, newest first. */
    List<WorkEntry> entries() {
        return List.copyOf(entries.values());
    }

    WorkEntry entry(long id) {
        return entries.get(id);
    }

    WorkRow row(long id) {
        return rowsById.get(id);
    }

    ActionRecord record(org.guidancedesk.domain.RecordKey key) {
        return records.getOrDefault(key, ActionRecord.empty(key));
    }

    Rectification item(Long id) {
        return id == null ? null : items.get(id);
    }

    int total() {
        return entries.size();
    }

    long count(WorkStatus s) {
        return shown.stream().filter(r -> r.entry().status() == s).count();
    }

    ObservableList<WorkRow> shown() {
        return shown;
    }

    ObjectProperty<WorkRow> selected() {
        return selected;
    }

    IntegerProperty version() {
        return version;
    }
}
