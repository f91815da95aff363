package org.guidancedesk.ui;

import java.util.Collection;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How wide a text is drawn in the window's 13 px font, so a column, label or choice box can be
 * made wide enough for its words in either language ("规定动作" and "Required action").
 */
public final class TextWidths {
    private static final double SIZE = 13;

    private TextWidths() {}

    public static double of(String text, boolean bold) {
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, SIZE));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    /** The widest of the texts. */
    public static double widest(Collection<String> texts, boolean bold) {
        double w = 0;
        for (String s : texts) {
            w = Math.max(w, of(s, bold));
        }
        return w;
    }
}
