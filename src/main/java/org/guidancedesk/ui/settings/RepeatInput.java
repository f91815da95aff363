package org.guidancedesk.ui.settings;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.HBox;
import org.guidancedesk.domain.ItemRepeat;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.RepeatText;
import org.guidancedesk.ui.ShownAs;

/**
 * A work item's repeat rule in the action dialog: 不重复 / 每周 / 每月, then the weekday or the
 * day of the month.
 */
final class RepeatInput {
    private static final List<Integer> WEEKDAYS = IntStream.rangeClosed(1, 7).boxed().toList();
    private static final List<Integer> MONTH_DAYS = IntStream.rangeClosed(1, 31).boxed().toList();

    private final ChoiceBox<ItemRepeat.Every> every = new ChoiceBox<>();
    private final ChoiceBox<Integer> day = new ChoiceBox<>();
    private final HBox view = new HBox(6, every, day);

    RepeatInput(I18n i18n, ItemRepeat value) {
        every.getItems().setAll(java.util.Arrays.asList(null, ItemRepeat.Every.WEEK, ItemRepeat.Every.MONTH));
        every.setConverter(ShownAs.text(e -> e == null ? i18n.tr("repeat.none")
                : i18n.tr(e == ItemRepeat.Every.WEEK ? "settings.action.repeatWeek" : "settings.action.repeatMonth")));
        every.setId(SettingsIds.ACTION_REPEAT);
        day.setId(SettingsIds.ACTION_REPEAT_DAY);
        day.setConverter(ShownAs.text(d -> d == null ? "" : every.getValue() == ItemRepeat.Every.WEEK
                ? RepeatText.weekday(i18n, d) : i18n.tr("settings.action.repeatDay", d)));
        every.valueProperty().addListener((o, was, is) -> offerDays(is, null));
        every.setValue(value == null ? null : value.every());
        offerDays(every.getValue(), value == null ? null : value.day());
    }

    private void offerDays(ItemRepeat.Every e, Integer keep) {
        day.getItems().setAll(e == null ? List.of() : e == ItemRepeat.Every.WEEK ? WEEKDAYS : MONTH_DAYS);
        day.setDisable(e == null);
        day.setValue(e == null ? null : keep != null && day.getItems().contains(keep) ? keep : day.getItems().get(0));
    }

    /** The rule chosen, or null for one done once. */
    ItemRepeat value() {
        return every.getValue() == null ? null : new ItemRepeat(every.getValue(), day.getValue());
    }

    void setDisable(boolean disabled) {
        view.setDisable(disabled);
    }

    HBox view() {
        return view;
    }
}
