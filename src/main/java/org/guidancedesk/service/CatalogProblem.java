package org.guidancedesk.service;

import java.util.List;
import org.guidancedesk.i18n.I18n;

/**
 * Why a catalogue file cannot be imported, with where: the tab, the row number the file shows
 * (0: the tab as a whole), the column (-1: none) and its header.
 */
public record CatalogProblem(String sheet, int row, int column, String header, String messageKey, List<Object> args) {
    public CatalogProblem {
        header = header == null ? "" : header;
        args = List.copyOf(args);
    }

    /** "工作表“规定动作” 第 5 行 · 阶段（A 列）：…" in the user's language. */
    public String describe(I18n i18n) {
        String letters = column < 0 ? "" : org.guidancedesk.tabular.Columns.letters(column);
        String where = row == 0
                ? (column < 0 ? i18n.tr("catalogio.where.sheet", sheet) : i18n.tr("catalogio.where.column", sheet, header, letters))
                : (column < 0 ? i18n.tr("catalogio.where.row", sheet, row) : i18n.tr("catalogio.where.cell", sheet, row, header,
                        letters));
        return i18n.tr("ledgerio.problemLine", where, i18n.tr(messageKey, args.toArray()));
    }
}
