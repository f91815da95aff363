package org.guidancedesk.ui.welcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;

/**
 * The units pasted from a spreadsheet: one a line, "name" or "name&lt;TAB&gt;kind" (the kind as the
 * program names it, 高校 or University, or its code); blank lines are skipped, a unit without a kind is
 * 其他. A problem is named by its line.
 */
final class UnitLines {
    private UnitLines() {}

    static List<Unit> parse(I18n i18n, String text) {
        List<Unit> units = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t");
            UnitKind kind = cells.length > 1 ? kind(i18n, cells[1].strip(), i + 1) : UnitKind.OTHER;
            try {
                units.add(new Unit(0, cells[0].strip(), kind, "", "", 0));
            } catch (ValidationException e) {
                throw e.about("validation.row", i + 1);
            }
        }
        return units;
    }

    private static UnitKind kind(I18n i18n, String cell, int row) {
        if (cell.isEmpty()) {
            return UnitKind.OTHER;
        }
        for (UnitKind k : UnitKind.values()) {
            if (cell.equalsIgnoreCase(i18n.tr("unitKind." + k)) || cell.toUpperCase(Locale.ROOT).equals(k.name())) {
                return k;
            }
        }
        throw new ValidationException("unit.kind", "wizard.unknownKind", cell, kindNames(i18n)).about("validation.row", row);
    }

    static String kindNames(I18n i18n) {
        List<String> names = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            names.add(i18n.tr("unitKind." + k));
        }
        return String.join(i18n.tr("wizard.listSeparator"), names);
    }
}
