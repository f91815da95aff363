package org.guidancedesk.ui.checklist;

import org.guidancedesk.domain.CellState;
import org.guidancedesk.i18n.I18n;

/** "✔ 已完成": a state's symbol with its word, for the legend and the state filter. */
final class CellViewText {
    private CellViewText() {}

    static String label(I18n i18n, CellState state) {
        return CellView.symbol(state) + " " + i18n.tr("cell", state);
    }
}
