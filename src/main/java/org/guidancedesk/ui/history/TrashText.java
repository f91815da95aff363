package org.guidancedesk.ui.history;

import java.util.Map;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.TrashEntry;
import org.guidancedesk.i18n.I18n;

/**
 * The trash's 编号, 单位 and label of a deleted item, from its deleted row: a ledger item's code
 * (整改-007) and unit, a unit's kind, a work log entry's kind and day; other kinds have neither.
 */
final class TrashText {
    private final I18n i18n;
    private final Map<Long, String> unitNames;

    /** @param unitNames the names of the units that exist now, by id */
    TrashText(I18n i18n, Map<Long, String> unitNames) {
        this.i18n = i18n;
        this.unitNames = unitNames;
    }

    String code(TrashEntry e) {
        if (!e.table().equals("rectification")) {
            return "";
        }
        try {
            return i18n.tr("ledger.code", i18n.tr("ledgerShort", Ledger.valueOf(e.row().get("ledger"))),
                    Integer.parseInt(e.row().get("serial")));
        } catch (RuntimeException ex) {
            return ""; // a row without a readable serial: nothing to show rather than a wrong code
        }
    }

    /**
     * What the deleted item was: its label as recorded, but a work log entry by its kind and day
     * ("个别谈话 11月24日"): its row is labelled by the kind's stored name (TALK).
     */
    String label(TrashEntry e) {
        return e.table().equals("work_entry") ? RowName.workEntry(i18n, e.row(), e.label()) : e.label();
    }

    String unit(TrashEntry e) {
        if (e.table().equals("unit")) {
            String kind = e.row().get("kind");
            return kind != null && i18n.has("unitKind." + kind) ? i18n.tr("unitKind." + kind) : "";
        }
        String id = e.row().get("unit_id");
        if (id == null) {
            return "";
        }
        try {
            return unitNames.getOrDefault(Long.parseLong(id), "");
        } catch (NumberFormatException ex) {
            return "";
        }
    }
}
