package org.guidancedesk.service;

import java.util.List;

/**
 * Why a row (or the whole file) cannot be imported, with where: the row number the file shows
 * (0 = the file as a whole), the column index (-1 = none) and its header.
 */
public record ImportProblem(int row, int column, String header, String messageKey, List<Object> args) {
    public ImportProblem {
        header = header == null ? "" : header;
        args = List.copyOf(args);
    }

    /** The column as a spreadsheet names it: A, B, … AA; "" for none. */
    public String columnLetters() {
        return column < 0 ? "" : org.guidancedesk.tabular.Columns.letters(column);
    }

    /** "第 12 行 · 整改时限（F 列）：无法识别的日期…" in the user's language. */
    public String describe(org.guidancedesk.i18n.I18n i18n) {
        return describe(i18n, messageKey);
    }

    /** As {@link #describe}, with the command line's own way out where it has one ("use --unit"). */
    public String describeForCommandLine(org.guidancedesk.i18n.I18n i18n) {
        return describe(i18n, i18n.has(messageKey + ".cli") ? messageKey + ".cli" : messageKey);
    }

    private String describe(org.guidancedesk.i18n.I18n i18n, String key) {
        String message = i18n.tr(key, args.toArray());
        String name = header.isEmpty() ? columnLetters() : header;
        String where;
        if (row == 0) {
            where = column < 0 ? i18n.tr("ledgerio.where.file") : i18n.tr("ledgerio.where.column", name, columnLetters());
        } else {
            where = column < 0 ? i18n.tr("ledgerio.where.row", row) : i18n.tr("ledgerio.where.cell", row, name,
                    columnLetters());
        }
        return i18n.tr("ledgerio.problemLine", where, message);
    }
}
