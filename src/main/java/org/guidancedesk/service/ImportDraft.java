package org.guidancedesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidancedesk.tabular.RawCell;
import org.guidancedesk.tabular.RawRow;

/**
 * A ledger file as read, before anything is saved: its header row, the columns recognised by
 * their headers, the rows below the header, and the cells the user corrected in the preview.
 *
 * @param headerRow   the row number (as the file shows it) of the header, 0 if none was found
 * @param headers     the header text of each column (A, B, …), "" where blank
 * @param proposed    column index → field, for the headers recognised; the user may change it
 * @param rows        the rows below the header that hold any value, with the corrections made
 * @param titleLines  the text of each row above the header ("某某县委巡察整改台账"), to guess the unit from
 * @param corrections the cells corrected, in the order corrected (one entry per cell)
 */
public record ImportDraft(String fileName, String sha256, int headerRow, List<String> headers,
                          Map<Integer, LedgerColumn> proposed, List<RawRow> rows, List<String> titleLines,
                          List<Correction> corrections) {

    /** A cell the user corrected: what the file holds and what is imported instead. */
    public record Correction(int row, int column, String from, String to) {}

    public ImportDraft {
        headers = List.copyOf(headers);
        proposed = Map.copyOf(proposed);
        rows = List.copyOf(rows);
        titleLines = List.copyOf(titleLines);
        corrections = List.copyOf(corrections);
    }

    public ImportDraft(String fileName, String sha256, int headerRow, List<String> headers,
                       Map<Integer, LedgerColumn> proposed, List<RawRow> rows) {
        this(fileName, sha256, headerRow, headers, proposed, rows, List.of(), List.of());
    }

    /** The first non-empty value of the column, to show beside its header in the mapping step. */
    public String sample(int column) {
        for (RawRow r : rows) {
            String t = r.text(column).strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    /** The cell's text as it will be read (corrected or as the file has it); "" for none. */
    public String text(int row, int column) {
        for (RawRow r : rows) {
            if (r.number() == row) {
                return r.text(column);
            }
        }
        return "";
    }

    /**
     * The draft with one cell's text replaced, as typed (a date typed as text is read as any
     * text date is). Correcting a cell again keeps what the file held as its original.
     */
    public ImportDraft withCell(int row, int column, String text) {
        if (column < 0) {
            throw new IllegalArgumentException("no column to correct");
        }
        List<RawRow> changed = new ArrayList<>(rows.size());
        String from = null;
        for (RawRow r : rows) {
            if (r.number() != row) {
                changed.add(r);
                continue;
            }
            from = r.text(column);
            List<RawCell> cells = new ArrayList<>(r.cells());
            while (cells.size() <= column) {
                cells.add(RawCell.EMPTY);
            }
            cells.set(column, RawCell.text(text));
            changed.add(new RawRow(r.number(), cells));
        }
        if (from == null) {
            throw new IllegalArgumentException("no row " + row);
        }
        List<Correction> done = new ArrayList<>();
        String original = from;
        for (Correction c : corrections) {
            if (c.row() == row && c.column() == column) {
                original = c.from();
            } else {
                done.add(c);
            }
        }
        if (!original.equals(text)) {
            done.add(new Correction(row, column, original, text));
        }
        return new ImportDraft(fileName, sha256, headerRow, headers, proposed, changed, titleLines, done);
    }
}
