package org.guidancedesk.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/** A table cell whose text wraps at the column's width (the row grows), e.g. a long unit name. */
public class WrapCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrapCell() {
        text.wrappingWidthProperty().bind(widthProperty().subtract(12));
        text.fontProperty().bind(fontProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty || item == null ? null : text);
        setText(empty || item == null ? null : item);
    }
}
