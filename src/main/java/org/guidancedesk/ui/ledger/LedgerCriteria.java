package org.guidancedesk.ui.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.RectificationStatus;

/**
 * The filter bar: one property per criterion, the categories it offers for the chosen ledger,
 * and one notice per change of the filter as a whole (setting every criterion at once, as a
 * saved filter does, is one change).
 */
public final class LedgerCriteria {
    private final LedgerData data;
    private final ObjectProperty<Long> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Ledger> ledger = new SimpleObjectProperty<>();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<RectificationStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LedgerNode> node = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty warningsOnly = new SimpleBooleanProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<org.guidancedesk.domain.Unit> units = FXCollections.observableArrayList();
    private final List<Runnable> listeners = new ArrayList<>();
    /** The filter as a whole, set after each change (the view enables 清除筛选 by it). */
    private final javafx.beans.property.ReadOnlyObjectWrapper<LedgerFilter> whole =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(LedgerFilter.ALL);
    /** While every criterion is being set at once: the one change is told at the end. */
    private boolean setting;

    LedgerCriteria(LedgerData data) {
        this.data = data;
        for (Observable o : List.of(unit, ledger, category, status, node, overdueOnly, warningsOnly, text)) {
            o.addListener(x -> changed(o == ledger));
        }
        data.listen(c -> afterRead());
    }

    /** Hears each change of the filter. */
    void listen(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        whole.set(filter());
        listeners.forEach(Runnable::run);
    }

    private void changed(boolean ledgerChanged) {
        if (setting) {
            return;
        }
        if (ledgerChanged) {
            setting = true;
            try {
                offerCategories();
            } finally {
                setting = false;
            }
        }
        fire();
    }

    /** After a read or a save: a unit no longer there is not filtered on; the categories offered as now held. */
    private void afterRead() {
        setting = true;
        try {
            if (!units.equals(data.units())) {
                // Replaced only when changed: a ChoiceBox on this list loses its value when its items are replaced.
                units.setAll(data.units());
            }
            if (unit.get() != null && data.units().stream().noneMatch(u -> u.id() == unit.get())) {
                unit.set(null);
            }
            offerCategories();
        } finally {
            setting = false;
        }
    }

    /** The filter the bar shows. */
    public LedgerFilter filter() {
        return new LedgerFilter(unit.get(), ledger.get(), category.get(), status.get(), node.get(),
                overdueOnly.get(), warningsOnly.get(), text.get());
    }

    /** Sets every criterion at once (a saved filter, 清除筛选): one change. */
    public void setFilter(LedgerFilter f) {
        setting = true;
        try {
            unit.set(f.unitId());
            ledger.set(f.ledger());
            offerCategories();
            if (f.category() != null && !categories.contains(f.category())) {
                categories.add(f.category()); // a saved filter's category no longer in the list still filters
            }
            category.set(f.category());
            status.set(f.status());
            node.set(f.node());
            overdueOnly.set(f.overdueOnly());
            warningsOnly.set(f.warningsOnly());
            text.set(f.text());
        } finally {
            setting = false;
        }
        fire();
    }

    public void clear() {
        setFilter(LedgerFilter.ALL);
    }

    /** Whether any criterion is set (清除筛选 is enabled). */
    public boolean isSet() {
        return !filter().isEmpty();
    }

    /** The categories the filter offers: the chosen ledger's (or both ledgers') own lists and those their items use. */
    private void offerCategories() {
        Set<String> names = new LinkedHashSet<>();
        List<Ledger> ledgers = ledger.get() == null ? List.of(Ledger.values()) : List.of(ledger.get());
        for (Ledger l : ledgers) {
            names.addAll(data.categoriesOf(l));
        }
        if (!categories.equals(new ArrayList<>(names))) {
            categories.setAll(names);
        }
        if (category.get() != null && !names.contains(category.get())) {
            category.set(null);
        }
    }

    /** The criteria in words (a saved filter's tooltip, the question when saving one). */
    String describe(LedgerFilter f) {
        LedgerTexts t = data.texts();
        List<String> parts = new ArrayList<>();
        if (f.unitId() != null) {
            data.units().stream().filter(u -> u.id() == f.unitId()).findFirst().ifPresent(u -> parts.add(u.name()));
        }
        if (f.ledger() != null) parts.add(t.ledger(f.ledger()));
        if (f.category() != null) parts.add(f.category());
        if (f.status() != null) parts.add(t.status(f.status()));
        if (f.node() != null) parts.add(t.node(f.node()));
        if (f.overdueOnly()) parts.add(data.i18n().tr("ledger.filter.overdueOnly"));
        if (f.warningsOnly()) parts.add(data.i18n().tr("ledger.filter.warningsOnly"));
        if (!f.text().isEmpty()) parts.add("“" + f.text() + "”");
        return parts.isEmpty() ? data.i18n().tr("ledger.filter.nothing") : String.join(" · ", parts);
    }

    /** The filter as a whole, after each change. */
    public javafx.beans.property.ReadOnlyObjectProperty<LedgerFilter> filterProperty() { return whole.getReadOnlyProperty(); }

    public ObjectProperty<Long> unitProperty() { return unit; }

    public ObjectProperty<Ledger> ledgerProperty() { return ledger; }

    public ObjectProperty<String> categoryProperty() { return category; }

    public ObjectProperty<RectificationStatus> statusProperty() { return status; }

    public ObjectProperty<LedgerNode> nodeProperty() { return node; }

    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }

    public BooleanProperty warningsOnlyProperty() { return warningsOnly; }

    public StringProperty textProperty() { return text; }

    /** The units offered (and shown in the quick add and the detail pane). */
    public ObservableList<org.guidancedesk.domain.Unit> units() { return units; }

    /** The categories offered for the chosen ledger. */
    public ObservableList<String> categories() { return categories; }
}
