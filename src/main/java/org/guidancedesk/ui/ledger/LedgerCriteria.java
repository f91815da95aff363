package org.guidancedesk.ui.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
 * and the filter as a whole, told once per change. The whole filter is what holds: a criterion
 * set (by the bar) makes a new filter with that one changed; a new filter (a saved one, 清除筛选)
 * is set at once and the criteria follow it, each set only where it differs — so setting every
 * criterion at once is one change, and nothing needs to know who set what.
 */
public final class LedgerCriteria {
    /** One criterion: its property, and how it reads from and goes into a filter. */
    private record Criterion<T>(Property<T> property, Function<LedgerFilter, T> of,
                                BiFunction<LedgerFilter, T, LedgerFilter> with) {
        /** Shows the filter's value unless the property already makes the same filter (a search with a trailing blank). */
        void show(LedgerFilter f) {
            if (!with.apply(f, property.getValue()).equals(f)) {
                property.setValue(of.apply(f));
            }
        }
    }

    private final LedgerData data;
    private final ObjectProperty<Long> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Ledger> ledger = new SimpleObjectProperty<>();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<RectificationStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LedgerNode> node = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty warningsOnly = new SimpleBooleanProperty();
    private final BooleanProperty extendedOnly = new SimpleBooleanProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<org.guidancedesk.domain.Unit> units = FXCollections.observableArrayList();
    /** The filter as a whole: set once per change; the criteria and the listeners follow it. */
    private final ReadOnlyObjectWrapper<LedgerFilter> whole = new ReadOnlyObjectWrapper<>(LedgerFilter.ALL);
    private final List<Criterion<?>> criteria = List.of(
            new Criterion<>(unit, LedgerFilter::unitId, LedgerFilter::withUnit),
            new Criterion<>(ledger, LedgerFilter::ledger, LedgerFilter::withLedger),
            new Criterion<>(category, LedgerFilter::category, LedgerFilter::withCategory),
            new Criterion<>(status, LedgerFilter::status, LedgerFilter::withStatus),
            new Criterion<>(node, LedgerFilter::node, LedgerFilter::withNode),
            new Criterion<>(overdueOnly, LedgerFilter::overdueOnly, LedgerFilter::withOverdueOnly),
            new Criterion<>(warningsOnly, LedgerFilter::warningsOnly, LedgerFilter::withWarningsOnly),
            new Criterion<>(extendedOnly, LedgerFilter::extendedOnly, LedgerFilter::withExtendedOnly),
            new Criterion<>(text, LedgerFilter::text, LedgerFilter::withText));

    LedgerCriteria(LedgerData data) {
        this.data = data;
        // First of the filter's listeners: the criteria show the new filter before anyone reads them.
        whole.addListener((o, a, f) -> criteria.forEach(c -> c.show(f)));
        criteria.forEach(this::follow);
        data.listen(c -> afterRead());
    }

    /** A criterion the bar sets: the filter with that one changed (the criteria showing a new filter change none). */
    private <T> void follow(Criterion<T> c) {
        c.property().addListener((o, a, v) -> {
            LedgerFilter next = c.with().apply(whole.get(), v);
            if (!next.equals(whole.get())) {
                if (next.ledger() != whole.get().ledger()) {
                    offerCategories(next.ledger(), null);
                }
                set(next);
            }
        });
    }

    /** Hears each change of the filter. */
    void listen(Runnable listener) {
        whole.addListener((o, a, f) -> listener.run());
    }

    /** Makes {@code next} the filter, told when it differs; a category not offered is dropped. */
    private void set(LedgerFilter next) {
        LedgerFilter f = next.category() == null || categories.contains(next.category()) ? next
                : next.withCategory(null);
        if (!f.equals(whole.get())) {
            whole.set(f);
        }
    }

    /** The categories offered: the ledger's (or both ledgers') own lists and those their items use, and {@code kept}. */
    private void offerCategories(Ledger chosen, String kept) {
        Set<String> names = new LinkedHashSet<>();
        for (Ledger l : chosen == null ? List.of(Ledger.values()) : List.of(chosen)) {
            names.addAll(data.categoriesOf(l));
        }
        if (kept != null) {
            names.add(kept); // a saved filter's category no longer in the list still filters
        }
        if (!categories.equals(new ArrayList<>(names))) {
            categories.setAll(names);
        }
    }

    /** After a read or a save: the units and categories offered as now held; one no longer there is not filtered on. */
    private void afterRead() {
        if (!units.equals(data.units())) {
            // Replaced only when changed: a ChoiceBox on this list loses its value when its items are replaced.
            units.setAll(data.units());
        }
        LedgerFilter f = whole.get();
        Long unitId = f.unitId();
        offerCategories(f.ledger(), null);
        set(unitId == null || data.units().stream().anyMatch(u -> u.id() == unitId) ? f : f.withUnit(null));
    }

    /** The filter the bar shows. */
    public LedgerFilter filter() {
        return whole.get();
    }

    /** Sets every criterion at once (a saved filter, 清除筛选): one change. */
    public void setFilter(LedgerFilter f) {
        offerCategories(f.ledger(), f.category());
        set(f);
    }

    public void clear() {
        setFilter(LedgerFilter.ALL);
    }

    /** Whether any criterion is set (清除筛选 is enabled). */
    public boolean isSet() {
        return !filter().isEmpty();
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
        if (f.extendedOnly()) parts.add(data.i18n().tr("ledger.filter.extendedOnly"));
        if (!f.text().isEmpty()) parts.add("“" + f.text() + "”");
        return parts.isEmpty() ? data.i18n().tr("ledger.filter.nothing") : String.join(" · ", parts);
    }

    /** The filter as a whole, after each change. */
    public ReadOnlyObjectProperty<LedgerFilter> filterProperty() { return whole.getReadOnlyProperty(); }

    public ObjectProperty<Long> unitProperty() { return unit; }

    public ObjectProperty<Ledger> ledgerProperty() { return ledger; }

    public ObjectProperty<String> categoryProperty() { return category; }

    public ObjectProperty<RectificationStatus> statusProperty() { return status; }

    public ObjectProperty<LedgerNode> nodeProperty() { return node; }

    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }

    public BooleanProperty warningsOnlyProperty() { return warningsOnly; }

    public BooleanProperty extendedOnlyProperty() { return extendedOnly; }

    public StringProperty textProperty() { return text; }

    /** The units offered (and shown in the quick add and the detail pane). */
    public ObservableList<org.guidancedesk.domain.Unit> units() { return units; }

    /** The categories offered for the chosen ledger. */
    public ObservableList<String> categories() { return categories; }
}
