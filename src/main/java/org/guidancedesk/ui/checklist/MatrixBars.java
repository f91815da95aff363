package org.guidancedesk.ui.checklist;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Ids;

/**
 * The bars around the matrix: above it the scope, the filters, the overall figure and 导出…;
 * below it the legend of the cells' states and keys.
 */
final class MatrixBars {
    private MatrixBars() {}

    static Node filterBar(ChecklistViewModel vm, I18n i18n) {
        ToggleButton units = new ToggleButton(i18n.tr("scope", ActionScope.UNIT));
        units.setId(Ids.SCOPE_UNITS);
        ToggleButton group = new ToggleButton(i18n.tr("scope", ActionScope.GROUP));
        group.setId(Ids.SCOPE_GROUP);
        // Two joined toggles (Modena's pill ends): ControlsFX's SegmentedButton, its skin and
        // stylesheet were loaded for only this, on the way to the first frame.
        javafx.scene.control.ToggleGroup toggles = new javafx.scene.control.ToggleGroup();
        units.setToggleGroup(toggles);
        group.setToggleGroup(toggles);
        units.getStyleClass().add("left-pill");
        group.getStyleClass().add("right-pill");
        HBox scope = new HBox(units, group);
        scope.setAlignment(Pos.CENTER_LEFT);
        units.setSelected(true);
        toggles.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.scopeProperty().set(b == group ? ActionScope.GROUP : ActionScope.UNIT);
            }
        });

        ComboBox<Phase> phase = new ComboBox<>();
        phase.setId(Ids.FILTER_PHASE);
        phase.getItems().add(null);
        phase.getItems().addAll(vm.phases());
        vm.phases().addListener((ListChangeListener<Phase>) c -> {
            Phase kept = vm.phaseFilterProperty().get();
            phase.getItems().setAll(vm.phases());
            phase.getItems().add(0, null);
            phase.setValue(kept);
        });
        phase.setConverter(converter(Phase::name));
        // 全部阶段, or 全部方面 for the group's own items; the button cell is made anew when the scope
        // changes, since its value (none) does not.
        java.util.function.Supplier<String> allOfScope = () -> i18n.tr(vm.scopeProperty().get() == ActionScope.GROUP
                ? "checklist.filter.allAreas" : "checklist.filter.allPhases");
        phase.setButtonCell(new NullableCell<>(Phase::name, allOfScope.get()));
        phase.setCellFactory(l -> new NullableCell<>(Phase::name, allOfScope.get()));
        vm.scopeProperty().addListener((o, was, is) -> phase.setButtonCell(new NullableCell<>(Phase::name, allOfScope.get())));
        phase.setPromptText(i18n.tr("checklist.filter.allPhases"));
        phase.valueProperty().bindBidirectional(vm.phaseFilterProperty());

        ComboBox<CellState> state = new ComboBox<>();
        state.setId(Ids.FILTER_STATUS);
        state.getItems().add(null);
        state.getItems().addAll(CellState.values());
        state.setButtonCell(new NullableCell<>(s -> CellViewText.label(i18n, s), i18n.tr("checklist.filter.allStates")));
        state.setCellFactory(l -> new NullableCell<>(s -> CellViewText.label(i18n, s), i18n.tr("checklist.filter.allStates")));
        state.setPromptText(i18n.tr("checklist.filter.allStates"));
        state.valueProperty().bindBidirectional(vm.stateFilterProperty());

        ComboBox<Unit> unit = new ComboBox<>();
        unit.setId(Ids.FILTER_UNIT);
        unit.setButtonCell(new NullableCell<>(Unit::name, i18n.tr("checklist.filter.allUnits")));
        unit.setCellFactory(l -> new NullableCell<>(Unit::name, i18n.tr("checklist.filter.allUnits")));
        vm.units().addListener((ListChangeListener<Unit>) c -> {
            Unit kept = unit.getValue();
            unit.getItems().setAll(vm.units());
            unit.getItems().add(0, null);
            unit.setValue(kept);
        });
        unit.setPromptText(i18n.tr("checklist.filter.allUnits"));
        unit.valueProperty().bindBidirectional(vm.unitFilterProperty());
        unit.disableProperty().bind(vm.scopeProperty().isEqualTo(ActionScope.GROUP));

        Label overall = new Label();
        overall.setId(Ids.OVERALL);
        overall.getStyleClass().add("overall");
        overall.textProperty().bind(vm.overallProperty());
        overall.setMinWidth(Region.USE_PREF_SIZE);
        overall.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));

        // A flow, not a row: in English or on a narrow screen the filters wrap instead of eliding.
        Label phaseLabel = label(i18n, "checklist.filter.phase");
        // The group's own work items are listed in areas (方面), not phases.
        phaseLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.scopeProperty().isEqualTo(ActionScope.GROUP))
                .then(i18n.tr("checklist.filter.area")).otherwise(i18n.tr("checklist.filter.phase")));
        FlowPane bar = new FlowPane(10, 6, scope, group(phaseLabel, phase),
                group(label(i18n, "checklist.filter.state"), state), group(label(i18n, "checklist.filter.unit"), unit), overall);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        bar.getChildren().add(exportButton(vm, i18n));
        return bar;
    }

    /** 导出…: the matrix as .xlsx or .csv (issue 11). */
    private static Node exportButton(ChecklistViewModel vm, I18n i18n) {
        javafx.scene.control.Button export = new javafx.scene.control.Button(i18n.tr("export.button"));
        export.setId(org.guidancedesk.ui.ExportFiles.CHECKLIST_ID);
        export.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("export.checklist.tip")));
        export.setOnAction(e -> org.guidancedesk.ui.ExportFiles.save(export, vm.tasks(),
                i18n.tr("export.checklist.choose"), vm.exportName(), vm::export));
        return export;
    }

    private static HBox group(Label label, Node control) {
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add("caption");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Node legend(I18n i18n) {
        // A flow: on a narrow window the key hints go to a second line instead of eliding the states.
        FlowPane legend = new FlowPane(16, 4);
        legend.getStyleClass().add("legend");
        legend.getChildren().add(new Label("★ " + i18n.tr("checklist.mustAttend")));
        for (CellState s : new CellState[] {CellState.DONE, CellState.SCHEDULED, CellState.NOT_SCHEDULED,
                CellState.OVERDUE, CellState.NOT_APPLICABLE}) {
            Label l = new Label(CellViewText.label(i18n, s));
            l.getStyleClass().addAll("legend-item", "state-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            legend.getChildren().add(l);
            if (s == CellState.SCHEDULED) {
                Label soon = new Label(CellView.DUE_SOON_SYMBOL + " " + i18n.tr("checklist.dueSoon"));
                soon.getStyleClass().addAll("legend-item", "state-due-soon");
                legend.getChildren().add(soon);
            }
        }
        Label dateHint = new Label(i18n.tr("checklist.keyHintDate"));
        dateHint.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("checklist.markDone.tooltip")));
        legend.getChildren().addAll(new Label(i18n.tr("checklist.keyHint")), dateHint);
        return legend;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** A combo-box cell where the empty choice reads "全部 …". */
    private static final class NullableCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> text;
        private final String none;

        NullableCell(java.util.function.Function<T, String> text, String none) {
            this.text = text;
            this.none = none;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            // A combo box's button cell is "empty" when no value is chosen: that means "all" too.
            setText(item == null ? none : text.apply(item));
        }
    }
}
