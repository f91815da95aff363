package org.guidancedesk.ui.worklog;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.ShownAs;
import org.guidancedesk.ui.worklog.KindFields.PersonRow;

/**
 * The people of a talk, a row each: name (internal, may stay empty), position, rank, how many;
 * their unit too while the entry has several. 从名单添加 picks from the chosen units' rosters.
 */
final class PeopleEditor {
    private final I18n i18n;
    private final WorkLogViewModel vm;
    private final RowsEditor<PersonRow> rows;
    private final MenuButton fromRoster = new MenuButton();
    private Set<Long> units = Set.of();

    PeopleEditor(I18n i18n, WorkLogViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        this.rows = new RowsEditor<>(PersonEditor::new, () -> new PersonRow("", null, "", PersonLevel.LEADERSHIP, "1"),
                i18n.tr("worklog.people.add"), i18n.tr("worklog.people.remove"));
        rows.addButton().setId(WorkStyles.PEOPLE_ADD_ID);
        rows.view().setId(WorkStyles.PEOPLE_ID);
        fromRoster.setText(i18n.tr("worklog.people.fromRoster"));
        fromRoster.setOnShowing(e -> fillRoster());
        rows.actions().getChildren().add(fromRoster);
    }

    Node view() {
        return rows.view();
    }

    void onChange(Consumer<Boolean> changed) {
        rows.onChange(changed);
    }

    /**
     * The entry's units: a unit choice shows on each row while there are several (a person of
     * the one unit before keeps it); the roster menu offers theirs. Not an edit by itself.
     */
    void setUnits(Set<Long> chosen) {
        if (chosen.equals(units)) {
            return;
        }
        List<PersonRow> before = rows.values();
        Long single = units.size() == 1 ? units.iterator().next() : null;
        units = Set.copyOf(chosen);
        Long first = vm.units().stream().map(u -> u.id()).filter(units::contains).findFirst().orElse(null);
        rows.set(before.stream().map(p -> {
            Long unit = p.unitId() != null ? p.unitId() : single;
            Long now = units.size() <= 1 ? null : unit != null && units.contains(unit) ? unit : first;
            return new PersonRow(p.name(), now, p.position(), p.level(), p.count());
        }).toList());
    }

    void set(List<PersonRow> people) {
        rows.set(people);
    }

    List<PersonRow> values() {
        return rows.values();
    }

    void focus() {
        rows.focus();
    }

    /** The rosters of the chosen units, those not in the rows yet first-come; a pick adds a row. */
    private void fillRoster() {
        fromRoster.getItems().clear();
        List<String> named = rows.values().stream().map(PersonRow::name).toList();
        for (RosterPerson p : vm.roster(units)) {
            String label = units.size() > 1 ? i18n.tr("worklog.people.rosterOf", p.name(), p.position(), vm.unitName(p.unitId()))
                    : i18n.tr("worklog.people.rosterLine", p.name(), p.position());
            MenuItem item = new MenuItem(label.strip());
            item.setMnemonicParsing(false);
            item.setDisable(named.contains(p.name()));
            item.setOnAction(e -> {
                removeBlankRow();
                rows.add(new PersonRow(p.name(), units.size() > 1 ? p.unitId() : null, p.position(), p.level(), "1"));
                rows.changed(false);
            });
            fromRoster.getItems().add(item);
        }
        if (fromRoster.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i18n.tr("worklog.people.noRoster"));
            none.setDisable(true);
            fromRoster.getItems().add(none);
        }
    }

    /** The untouched first row of a new talk gives way to the person picked. */
    private void removeBlankRow() {
        List<PersonRow> now = rows.values();
        if (now.size() == 1 && now.get(0).name().isEmpty() && now.get(0).position().isEmpty()) {
            rows.set(List.of());
        }
    }

    /** One person's row: name and position on the first line; rank, count and unit on the second. */
    private final class PersonEditor implements RowsEditor.Row<PersonRow> {
        private final TextField name = new TextField();
        private final TextField position = new TextField();
        private final ChoiceBox<PersonLevel> level = new ChoiceBox<>();
        private final TextField count = new TextField();
        private final ChoiceBox<Long> unit = new ChoiceBox<>();
        private final VBox box;

        PersonEditor(PersonRow p) {
            name.setText(p.name());
            name.setPromptText(i18n.tr("worklog.people.namePrompt"));
            position.setText(p.position());
            position.setPromptText(i18n.tr("worklog.people.positionPrompt"));
            level.getItems().setAll(PersonLevel.values());
            level.setConverter(ShownAs.text(l -> l == null ? "" : i18n.tr("personLevel", l)));
            level.setValue(p.level());
            count.setText(p.count());
            count.setPromptText("1");
            count.setPrefColumnCount(3);
            count.setMinWidth(48);
            unit.getItems().setAll(vm.units().stream().map(u -> u.id()).filter(units::contains).toList());
            unit.setConverter(ShownAs.text(u -> u == null ? "" : vm.unitName(u)));
            unit.setValue(p.unitId());
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox.setHgrow(position, Priority.ALWAYS);
            name.setPrefColumnCount(6);
            position.setPrefColumnCount(8);
            HBox first = new HBox(4, name, position);
            javafx.scene.control.Label times = new javafx.scene.control.Label(i18n.tr("worklog.people.countLabel"));
            HBox second = new HBox(4, level, count, times);
            second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (units.size() > 1) {
                second.getChildren().add(unit);
            }
            box = new VBox(3, first, second);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public PersonRow value() {
            return new PersonRow(name.getText(), units.size() > 1 ? unit.getValue() : null, position.getText(),
                    level.getValue(), count.getText());
        }

        @Override
        public void watch(Consumer<Boolean> changed) {
            for (ObservableValue<?> typed : List.of(name.textProperty(), position.textProperty(), count.textProperty())) {
                typed.addListener((o, a, b) -> changed.accept(true));
            }
            level.valueProperty().addListener((o, a, b) -> changed.accept(false));
            unit.valueProperty().addListener((o, a, b) -> changed.accept(false));
        }
    }
}
