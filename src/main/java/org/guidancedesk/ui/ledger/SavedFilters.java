package org.guidancedesk.ui.ledger;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.UiTasks;

/** 已存筛选: the filters saved by name, which one the filter bar now equals, applying, saving and deleting them. */
public final class SavedFilters {
    private final LedgerData data;
    private final LedgerCriteria criteria;
    private final UiTasks tasks;
    private final Workspace workspace;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    /** The saved filter the filter bar now equals, or "" (the 已存筛选 button shows its name). */
    private final ReadOnlyStringWrapper active = new ReadOnlyStringWrapper("");
    /** The saved filter last applied: preferred when several saved filters are the same. */
    private String lastApplied;
    /** What the view model does after saving or deleting one (read the ledger again). */
    private final Runnable reload;

    SavedFilters(LedgerData data, LedgerCriteria criteria, UiTasks tasks, Workspace workspace, Runnable reload) {
        this.data = data;
        this.criteria = criteria;
        this.tasks = tasks;
        this.workspace = workspace;
        this.reload = reload;
        data.listen(c -> {
            if (c.whole()) {
                List<String> now = List.copyOf(data.savedFilters().keySet());
                if (!names.equals(now)) {
                    names.setAll(now);
                }
                updateActive();
            }
        });
        criteria.listen(this::updateActive);
    }

    public void apply(String name) {
        String spec = data.savedFilters().get(name);
        if (spec != null) {
            lastApplied = name;
            criteria.setFilter(LedgerFilter.decode(spec));
        }
    }

    /** The saved filter that the filter bar equals (the one last applied when several do), or "". */
    private void updateActive() {
        String found = "";
        if (criteria.isSet()) {
            LedgerFilter f = criteria.filter();
            for (Map.Entry<String, String> e : data.savedFilters().entrySet()) {
                if (f.equals(decodeQuietly(e.getValue())) && (found.isEmpty() || e.getKey().equals(lastApplied))) {
                    found = e.getKey();
                }
            }
        }
        active.set(found);
    }

    private static LedgerFilter decodeQuietly(String spec) {
        try {
            return LedgerFilter.decode(spec);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Saves the current filter under the name (replacing one of the same name); refused with
     * {@code onEmpty} when no criterion is set.
     */
    void save(String name, Runnable onEmpty, Consumer<ValidationException> onInvalid) {
        if (!criteria.isSet()) {
            onEmpty.run();
            return;
        }
        LedgerFilter f = criteria.filter();
        String trimmed = name == null ? "" : name.strip();
        tasks.write(() -> {
            workspace.ledger().saveFilter(name, f);
            return null;
        }, v -> {
            lastApplied = trimmed;
            reload.run();
        }, onInvalid);
    }

    void delete(String name) {
        tasks.write(() -> {
            workspace.ledger().deleteFilter(name);
            return null;
        }, v -> reload.run());
    }

    /** The saved filter's criteria in words, for its tooltip. */
    public String describe(String name) {
        String spec = data.savedFilters().get(name);
        return spec == null ? "" : criteria.describe(LedgerFilter.decode(spec));
    }

    public ObservableList<String> names() { return names; }

    /** The name of the saved filter the bar equals, or "". */
    public ReadOnlyStringProperty activeProperty() { return active.getReadOnlyProperty(); }
}
