package org.guidancedesk.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.guidancedesk.domain.ActionScope;

/**
 * The two buttons that choose the scope a settings tab shows (the units' / the group's), one
 * always pressed, kept in step with the view model's scope both ways. Why: the catalogue and the
 * phases tabs both switch between the two.
 */
final class ScopeToggles {
    private final ToggleButton units;
    private final ToggleButton group;

    /** @param unitsText and {@code groupText} the buttons' texts; {@code ids} their node ids (units, group) */
    ScopeToggles(ObjectProperty<ActionScope> scope, String unitsText, String groupText, String unitsId, String groupId) {
        ToggleGroup toggles = new ToggleGroup();
        units = button(ActionScope.UNIT, unitsText, unitsId, toggles);
        group = button(ActionScope.GROUP, groupText, groupId, toggles);
        toggles.selectToggle(scope.get() == ActionScope.GROUP ? group : units);
        toggles.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                toggles.selectToggle(was); // one scope is always shown
            } else {
                scope.set((ActionScope) is.getUserData());
            }
        });
        scope.addListener((obs, was, is) -> toggles.selectToggle(is == ActionScope.GROUP ? group : units));
    }

    private static ToggleButton button(ActionScope scope, String text, String id, ToggleGroup toggles) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(scope);
        b.setToggleGroup(toggles);
        return b;
    }

    ToggleButton units() {
        return units;
    }

    ToggleButton group() {
        return group;
    }
}
