package org.guidancedesk.tabular;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Which cell styles (the {@code s} attribute, an index into styles.xml's cellXfs) show a number
 * as a date. Excel stores a date as a plain number; only its format says it is one.
 */
final class DateStyles {
    static final DateStyles NONE = new DateStyles(new BitSet());
    /** Excel allows about 64,000 cell formats; far more means a hostile or broken file. */
    private static final int MAX_FORMATS = 100_000;

    private final BitSet dateStyles;

    private DateStyles(BitSet dateStyles) {
        this.dateStyles = dateStyles;
    }

    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && dateStyles.get(styleIndex);
    }

    static DateStyles read(SafeZip zip, String fileName, String part) throws TableFileException {
        Map<Integer, String> codes = new HashMap<>();
        BitSet dates = new BitSet();
        int styles = 0;
        boolean inCellXfs = false;
        try (XmlPart xml = XmlPart.open(zip, fileName, part)) {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.name().equals("cellXfs")) {
                    inCellXfs = false;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.name()) {
                    case "numFmt" -> {
                        Integer id = number(xml.attribute("numFmtId"));
                        if (id != null && codes.size() < MAX_FORMATS) {
                            codes.put(id, String.valueOf(xml.attribute("formatCode")));
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            if (styles >= MAX_FORMATS) {
                                throw TableFileException.of(fileName, "tabular.error.tooManyStyles", MAX_FORMATS);
                            }
                            Integer id = number(xml.attribute("numFmtId"));
                            if (id != null && isDateFormat(id, codes.get(id))) {
                                dates.set(styles);
                            }
                            styles++;
                        }
                    }
                    default -> { }
                }
            }
        }
        return new DateStyles(dates);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A format the file defines is judged by its code; otherwise Excel's built-in ids: 14–17 and
     * 22 everywhere, 27–31, 34–36 and 50–58 in East Asian versions (年/月/日 forms). Pure time
     * formats (18–21, 32–33, 45–47) are not dates; a few ids are a date in one locale and a time
     * in another, which is why the reader also treats a value below 1 as a number.
     */
    static boolean isDateFormat(int id, String code) {
        if (code != null) {
            return isDateCode(code);
        }
        return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
                || (id >= 50 && id <= 58);
    }

    /**
     * Whether a format code shows a date: outside quoted text, [brackets] and escaped characters,
     * its first section has y or d, or m without h or s (m next to h or s means minutes).
     */
    static boolean isDateCode(String code) {
        boolean y = false;
        boolean d = false;
        boolean m = false;
        boolean hs = false;
        for (int i = 0; i < code.length(); i++) {
            char c = Character.toLowerCase(code.charAt(i));
            switch (c) {
                case ';' -> i = code.length();
                case '"' -> {
                    int close = code.indexOf('"', i + 1);
                    i = close < 0 ? code.length() : close;
                }
                case '[' -> {
                    int close = code.indexOf(']', i + 1);
                    i = close < 0 ? code.length() : close;
                }
                case '\\', '_', '*' -> i++;
                case 'y' -> y = true;
                case 'd' -> d = true;
                case 'm' -> m = true;
                case 'h', 's' -> hs = true;
                default -> { }
            }
        }
        return y || d || (m && !hs);
    }
}
