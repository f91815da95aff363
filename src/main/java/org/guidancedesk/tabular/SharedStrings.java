package org.guidancedesk.tabular;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/**
 * The workbook's shared-string table. Rich text is the concatenation of its runs; phonetic
 * guides (rPh) are not part of the text. A string over the cell limit is not kept: it is only
 * marked, so the error can name the first cell that uses it.
 */
final class SharedStrings {
    static final SharedStrings NONE = new SharedStrings(List.of(), new BitSet());

    private final List<String> strings;
    private final BitSet tooLong;

    private SharedStrings(List<String> strings, BitSet tooLong) {
        this.strings = strings;
        this.tooLong = tooLong;
    }

    static SharedStrings read(SafeZip zip, String fileName, String part, Limits limits) throws TableFileException {
        List<String> strings = new ArrayList<>(); // not sized from the file's own count: that is only a claim
        BitSet tooLong = new BitSet();
        StringBuilder text = new StringBuilder();
        try (XmlPart xml = XmlPart.open(zip, fileName, part)) {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.name().equals("si")) {
                    if (strings.size() >= limits.maxSharedStrings()) {
                        throw TableFileException.of(fileName, "tabular.error.tooManyStrings", limits.maxSharedStrings());
                    }
                    text.setLength(0);
                    if (!item(xml, text, limits.maxCellChars())) {
                        tooLong.set(strings.size());
                        text.setLength(0);
                    }
                    strings.add(XmlText.unescapeOoxml(text.toString()));
                }
            }
        }
        return new SharedStrings(strings, tooLong);
    }

    /** One {@code <si>}: plain {@code <t>} or runs {@code <r><t>}; false when longer than max. */
    private static boolean item(XmlPart xml, StringBuilder into, int max) throws TableFileException {
        boolean whole = true;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.name().equals("t")) {
                    whole &= xml.text(into, max);
                } else if (xml.name().equals("rPh")) {
                    xml.skipElement();
                }
            } else if ((event == XMLStreamConstants.END_ELEMENT && xml.name().equals("si"))
                    || event == XMLStreamConstants.END_DOCUMENT) {
                return whole;
            }
        }
    }

    int size() {
        return strings.size();
    }

    String get(int index) {
        return strings.get(index);
    }

    boolean isTooLong(int index) {
        return tooLong.get(index);
    }
}
