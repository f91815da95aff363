package org.guidancedesk.ui.worklog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/**
 * A button whose menu ticks several of a list (the units, the members), staying open while
 * ticking, and says what is ticked ("南山县、北湖区"). An optional first choice excludes the
 * others (本组). Keeps the order things were ticked in (the members' order is stored).
 */
final class CheckMenu<T> {
    private final MenuButton button = new MenuButton();
    private final Function<T, String> name;
    private final ToLongFunction<T> id;
    private final String noneText;
    private final String separator;
    private final CheckBox exclusive;
    private final Map<Long, CheckBox> boxes = new LinkedHashMap<>();
    private final Map<Long, String> names = new LinkedHashMap<>();
    private final List<Long> chosen = new ArrayList<>();
    private Runnable onChange = () -> { };
    private boolean setting;

    /** @param exclusiveText the choice that excludes the others (本组), or null for none */
    CheckMenu(Function<T, String> name, ToLongFunction<T> id, String noneText, String separator, String exclusiveText) {
        this.name = name;
        this.id = id;
        this.noneText = noneText;
        this.separator = separator;
        this.exclusive = exclusiveText == null ? null : new CheckBox(exclusiveText);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        if (exclusive != null) {
            exclusive.selectedProperty().addListener((o, was, is) -> {
                if (!setting && is) {
                    setting = true;
                    chosen.clear();
                    boxes.values().forEach(b -> b.setSelected(false));
                    setting = false;
                }
                changed();
            });
        }
        showText();
    }

    MenuButton button() {
        return button;
    }

    /** Called after each tick or untick by the user. */
    void onChange(Runnable r) {
        onChange = r;
    }

    /** The list to choose from; what was ticked and is still there stays ticked. */
    void setItems(List<T> items) {
        button.getItems().clear();
        boxes.clear();
        names.clear();
        if (exclusive != null) {
            button.getItems().addAll(item(exclusive), new SeparatorMenuItem());
        }
        for (T t : items) {
            long key = id.applyAsLong(t);
            CheckBox box = new CheckBox(name.apply(t));
            box.setSelected(chosen.contains(key));
            box.selectedProperty().addListener((o, was, is) -> {
                if (setting) {
                    return;
                }
                if (is && !chosen.contains(key)) {
                    chosen.add(key);
                } else if (!is) {
                    chosen.remove(key);
                }
                if (is && exclusive != null && exclusive.isSelected()) {
                    setting = true;
                    exclusive.setSelected(false);
                    setting = false;
                }
                changed();
            });
            boxes.put(key, box);
            names.put(key, name.apply(t));
            button.getItems().add(item(box));
        }
        chosen.retainAll(boxes.keySet());
        showText();
    }

    private static CustomMenuItem item(CheckBox box) {
        CustomMenuItem item = new CustomMenuItem(box, false);
        box.setMaxWidth(Double.MAX_VALUE);
        return item;
    }

    /** Ticks exactly these (and the exclusive choice as given), as the stored entry has them; not an edit. */
    void set(Collection<Long> ids, boolean exclusiveChosen) {
        setting = true;
        try {
            chosen.clear();
            ids.stream().filter(boxes::containsKey).forEach(chosen::add);
            boxes.forEach((k, b) -> b.setSelected(chosen.contains(k)));
            if (exclusive != null) {
                exclusive.setSelected(exclusiveChosen);
            }
        } finally {
            setting = false;
        }
        showText();
    }

    /** What is ticked, in the order ticked. */
    List<Long> chosen() {
        return List.copyOf(chosen);
    }

    boolean exclusiveChosen() {
        return exclusive != null && exclusive.isSelected();
    }

    private void changed() {
        if (setting) {
            return;
        }
        showText();
        onChange.run();
    }

    private void showText() {
        String text = exclusiveChosen() ? exclusive.getText()
                : String.join(separator, chosen.stream().map(k -> names.getOrDefault(k, "")).toList());
        button.setText(text.isEmpty() ? noneText : text);
        button.setTooltip(text.isEmpty() ? null : new Tooltip(text));
    }
}
