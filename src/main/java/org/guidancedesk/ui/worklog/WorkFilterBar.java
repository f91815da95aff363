package org.guidancedesk.ui.worklog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.ShownAs;
import org.guidancedesk.ui.TextWidths;
import org.guidancedesk.ui.worklog.WorkCriteria.Period;

/** The log's filters: kind, unit (or 本组), member, status, period (from–to when 自定义), words, 清除. */
final class WorkFilterBar {
    /** A choice of a filter box: its value (null: everything) and its text. */
    private record Choice<T>(T value, String text) {}

    private final WorkLogViewModel vm;
    private final I18n i18n;
    private final WorkCriteria criteria;
    private final FlowPane bar = new FlowPane(8, 6);
    private final TextField words = new TextField();
    private boolean syncing;

    WorkFilterBar(WorkLogViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.criteria = vm.criteria();
        ComboBox<Choice<WorkKind>> kind = combo(criteria.kindProperty(), "worklog.filter.allKinds");
        List<Choice<WorkKind>> kinds = new ArrayList<>();
        for (WorkKind k : WorkKind.values()) {
            kinds.add(new Choice<>(k, i18n.tr("workKind", k)));
        }
        fill(kind, "worklog.filter.allKinds", kinds, criteria.kindProperty());

        ComboBox<Choice<Long>> unit = combo(criteria.unitProperty(), "worklog.filter.allUnits");
        Runnable units = () -> {
            List<Choice<Long>> choices = new ArrayList<>();
            choices.add(new Choice<>(WorkCriteria.GROUP, i18n.tr("worklog.group")));
            for (Unit u : vm.units()) {
                choices.add(new Choice<>(u.id(), u.name()));
            }
            fill(unit, "worklog.filter.allUnits", choices, criteria.unitProperty());
        };
        vm.units().addListener((ListChangeListener<Unit>) c -> units.run());
        units.run();

        ComboBox<Choice<Long>> member = combo(criteria.memberProperty(), "worklog.filter.allMembers");
        Runnable members = () -> fill(member, "worklog.filter.allMembers",
                vm.members().stream().map(m -> new Choice<>(m.id(), m.name())).toList(), criteria.memberProperty());
        vm.members().addListener((ListChangeListener<Member>) c -> members.run());
        members.run();

        ComboBox<Choice<WorkStatus>> status = combo(criteria.statusProperty(), "worklog.filter.allStatuses");
        List<Choice<WorkStatus>> statuses = new ArrayList<>();
        for (WorkStatus s : WorkStatus.values()) {
            statuses.add(new Choice<>(s, i18n.tr("workStatus", s)));
        }
        fill(status, "worklog.filter.allStatuses", statuses, criteria.statusProperty());

        ComboBox<Choice<Period>> period = combo(criteria.periodProperty(), "worklog.period.ALL");
        List<Choice<Period>> periods = new ArrayList<>();
        for (Period p : Period.values()) {
            if (p != Period.ALL) {
                periods.add(new Choice<>(p, i18n.tr("worklog.period." + p.name())));
            }
        }
        fill(period, "worklog.period.ALL", periods, criteria.periodProperty());
        DatePicker from = DateInput.picker(i18n);
        DatePicker to = DateInput.picker(i18n);
        from.valueProperty().bindBidirectional(criteria.fromProperty());
        to.valueProperty().bindBidirectional(criteria.toProperty());
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        Label dash = new Label(i18n.tr("worklog.filter.to"));
        Node[] custom = {from, dash, to};
        Runnable showCustom = () -> {
            boolean shown = criteria.periodProperty().get() == Period.CUSTOM;
            for (Node n : custom) {
                n.setVisible(shown);
                n.setManaged(shown);
            }
        };
        criteria.periodProperty().addListener(o -> showCustom.run());
        showCustom.run();

        words.setId(WorkStyles.SEARCH_ID);
        words.setPromptText(i18n.tr("worklog.filter.words"));
        words.setPrefColumnCount(12);
        words.textProperty().addListener((o, a, t) -> {
            if (!syncing) {
                criteria.wordsProperty().set(t);
            }
        });
        criteria.wordsProperty().addListener((o, a, t) -> {
            if (!Objects.equals(words.getText(), t)) {
                syncing = true;
                words.setText(t);
                syncing = false;
            }
        });
        words.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                words.clear();
                e.consume();
            }
        });

        Button clear = new Button(i18n.tr("worklog.filter.clear"));
        clear.setOnAction(e -> criteria.clear());
        Runnable enable = () -> clear.setDisable(!criteria.isSet());
        for (javafx.beans.Observable o : criteria.all()) {
            o.addListener(x -> enable.run());
        }
        enable.run();

        bar.getChildren().setAll(kind, unit, member, status, period, from, dash, to, words, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(WorkStyles.FILTER_BAR);
        bar.setPadding(new Insets(2, 12, 8, 12));
    }

    Node view() {
        return bar;
    }

    void focusWords() {
        words.requestFocus();
    }

    private <T> ComboBox<Choice<T>> combo(ObjectProperty<T> property, String allKey) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setVisibleRowCount(14);
        box.setConverter(ShownAs.text(c -> c == null ? i18n.tr(allKey) : c.text()));
        box.setPrefWidth(Math.max(110, TextWidths.of(i18n.tr(allKey), false) + 56));
        box.valueProperty().addListener((o, a, c) -> {
            if (!syncing) {
                property.set(c == null ? null : c.value());
            }
        });
        property.addListener((o, a, v) -> select(box, v));
        return box;
    }

    /** The "all" choice first, then the others; the property's value stays chosen. */
    private <T> void fill(ComboBox<Choice<T>> box, String allKey, List<Choice<T>> choices, ObjectProperty<T> property) {
        syncing = true;
        try {
            List<Choice<T>> all = new ArrayList<>();
            all.add(new Choice<>(null, i18n.tr(allKey)));
            all.addAll(choices);
            box.getItems().setAll(all);
        } finally {
            syncing = false;
        }
        select(box, property.get());
    }

    private <T> void select(ComboBox<Choice<T>> box, T value) {
        syncing = true;
        try {
            box.setValue(box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst()
                    .orElse(box.getItems().isEmpty() ? null : box.getItems().get(0)));
        } finally {
            syncing = false;
        }
    }
}
