package org.guidancedesk.tabular;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamConstants;

/**
 * The cells of one worksheet part, streamed: positions from the r attributes ("C7", rows may
 * skip numbers), values from the cached {@code <v>} (formulas are never evaluated) or the inline
 * string, text capped while it is read.
 */
final class SheetParser {
    /** Excel's last row. */
    private static final int LAST_ROW = 1_048_576;

    private final XmlPart xml;
    private final String fileName;
    private final Limits limits;
    private final SharedStrings strings;
    private final DateStyles styles;
    private final boolean date1904;
    private final RowSink sink;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();

    private SheetParser(XmlPart xml, String fileName, Limits limits, SharedStrings strings, DateStyles styles,
            boolean date1904) {
        this.xml = xml;
        this.fileName = fileName;
        this.limits = limits;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.sink = new RowSink(fileName, limits);
    }

    static RawTable read(XmlPart xml, String fileName, Limits limits, SharedStrings strings, DateStyles styles,
            boolean date1904) throws TableFileException {
        SheetParser parser = new SheetParser(xml, fileName, limits, strings, styles, date1904);
        parser.rows();
        return new RawTable(fileName, parser.sink.rows());
    }

    private void rows() throws TableFileException {
        int lastRow = 0;
        int lastColumn = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.name().equals("row")) {
                String r = xml.attribute("r");
                int number = r == null ? lastRow + 1 : parseRow(r, lastRow);
                sink.startRow(number);
                lastRow = number;
                lastColumn = -1;
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.name().equals("c")) {
                String r = null;
                String t = null;
                String s = null;
                for (int i = 0; i < xml.attributeCount(); i++) { // one pass: this runs for every cell
                    switch (xml.attributeName(i)) {
                        case "r" -> r = xml.attributeValue(i);
                        case "t" -> t = xml.attributeValue(i);
                        case "s" -> s = xml.attributeValue(i);
                        default -> { }
                    }
                }
                int column = r == null ? lastColumn + 1 : Columns.indexOfReference(r);
                if (column < 0) {
                    throw badReference(r);
                }
                lastColumn = column;
                cell(column, t, s);
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.name().equals("row")) {
                sink.endRow();
            }
        }
    }

    private int parseRow(String r, int lastRow) throws TableFileException {
        try {
            int number = Integer.parseInt(r.trim());
            if (number >= 1 && number <= LAST_ROW) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        sink.startRow(lastRow);
        throw badReference(r);
    }

    /** Reads a {@code <c>} to its end and places its value. */
    private void cell(int column, String type, String style) throws TableFileException {
        value.setLength(0);
        inline.setLength(0);
        boolean hasInline = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.name()) {
                    case "v" -> {
                        if (!xml.text(value, limits.maxCellChars())) {
                            throw sink.cellTooLong(column);
                        }
                    }
                    case "is" -> {
                        hasInline = true;
                        inlineString(column);
                    }
                    default -> xml.skipElement(); // <f>: the formula itself is never used
                }
            } else if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                break; // the end of <c>: its children's ends were consumed above
            }
        }
        sink.cell(column, hasInline ? RawCell.text(XmlText.unescapeOoxml(inline.toString()))
                : convert(column, type == null ? "n" : type, style));
    }

    /** {@code <is>}: a plain {@code <t>} or rich-text runs, phonetic guides left out. */
    private void inlineString(int column) throws TableFileException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.name().equals("t")) {
                    if (!xml.text(inline, limits.maxCellChars())) {
                        throw sink.cellTooLong(column);
                    }
                } else if (xml.name().equals("rPh")) {
                    xml.skipElement();
                }
            } else if ((event == XMLStreamConstants.END_ELEMENT && xml.name().equals("is"))
                    || event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    private RawCell convert(int column, String type, String style) throws TableFileException {
        String v = value.toString();
        switch (type) {
            case "s" -> {
                int index = sharedIndex(v);
                if (index < 0 || index >= strings.size()) {
                    throw new TableFileException(fileName, sink.rowNumber(), column, "tabular.error.badCell");
                }
                if (strings.isTooLong(index)) {
                    throw sink.cellTooLong(column);
                }
                return RawCell.text(strings.get(index));
            }
            case "str", "e", "inlineStr" -> {
                return RawCell.text(XmlText.unescapeOoxml(v)); // str: a formula's cached text; e: #N/A and kin
            }
            case "b" -> {
                return switch (v.trim()) {
                    case "1" -> new RawCell("TRUE", CellKind.BOOLEAN);
                    case "0" -> new RawCell("FALSE", CellKind.BOOLEAN);
                    default -> RawCell.text(v);
                };
            }
            case "d" -> {
                return isoDate(v);
            }
            default -> {
                return number(v, style);
            }
        }
    }

    private RawCell number(String v, String style) {
        if (v.isBlank()) {
            return RawCell.EMPTY;
        }
        String text = CellValues.numberText(v);
        if (text == null) {
            return RawCell.text(v);
        }
        if (style != null && styles.isDate(styleIndex(style))) {
            LocalDate date = CellValues.date(Double.parseDouble(text), date1904);
            if (date != null) {
                return new RawCell(date.toString(), CellKind.DATE);
            }
        }
        return new RawCell(text, CellKind.NUMBER);
    }

    /** Strict OOXML's t="d": an ISO 8601 date, maybe with a time. */
    private static RawCell isoDate(String v) {
        String day = v.trim();
        try {
            return new RawCell(LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day).toString(), CellKind.DATE);
        } catch (DateTimeParseException e) {
            return RawCell.text(v);
        }
    }

    private static int sharedIndex(String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int styleIndex(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private TableFileException badReference(String reference) {
        return new TableFileException(fileName, sink.rowNumber(), -1, "tabular.error.badReference", reference);
    }
}
