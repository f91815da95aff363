package org.guidancedesk.ui.checklist;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.RepeatProgress;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.RepeatText;

/**
 * The occurrences of a repeating group work item in the cell's side panel: one box per date,
 * ticked when it was held (with the day, when that differs), a missed one marked; a date still
 * to come cannot be ticked, except the one a tick of the cell means.
 */
final class OccurrenceList {
    static final String ID = "occurrences";

    private final CellDetailsViewModel vm;
    private final I18n i18n;
    private final Label caption = new Label();
    private final VBox boxes = new VBox(4);
    private final Label follows;
    private final VBox view;

    OccurrenceList(CellDetailsViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        caption.getStyleClass().add("caption");
        boxes.setId(ID);
        follows = new Label(i18n.tr("workitem.statusFollows"));
        follows.setWrapText(true);
        follows.getStyleClass().add("hint");
        view = new VBox(6, caption, boxes, follows);
        view.visibleProperty().bind(vm.repeatProgressProperty().isNotNull());
        view.managedProperty().bind(view.visibleProperty());
        vm.repeatProgressProperty().addListener((o, was, is) -> fill(is));
        fill(vm.repeatProgressProperty().get());
    }

    private void fill(RepeatProgress p) {
        boxes.getChildren().clear();
        if (p == null) {
            return;
        }
        caption.setText(i18n.tr("workitem.occurrences", p.heldCount(), p.dates().size()));
        java.util.Set<LocalDate> missed = java.util.Set.copyOf(p.missed());
        for (LocalDate due : p.dates()) {
            String heldOn = p.held(due).filter(h -> !h.heldOn().equals(due))
                    .map(h -> i18n.tr("workitem.occurrenceHeldOn", i18n.longDate(h.heldOn()))).orElse("");
            CheckBox box = new CheckBox(RepeatText.occurrence(i18n, due) + heldOn
                    + (missed.contains(due) ? " · " + i18n.tr("workitem.occurrenceMissed") : ""));
            box.setSelected(p.held(due).isPresent());
            box.setDisable(box.isSelected() ? false : !vm.canHold(due));
            if (missed.contains(due)) {
                box.getStyleClass().add("occurrence-missed");
            }
            box.setOnAction(e -> vm.hold(due, box.isSelected()));
            boxes.getChildren().add(box);
        }
    }

    Node view() {
        return view;
    }
}
