package org.guidancedesk.tabular;

import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;

/**
 * The first worksheet of an .xlsx: package relationships → workbook (the date system and the
 * sheet order) → the first worksheet's part, with the shared strings and the cell styles that
 * mark dates.
 */
final class XlsxReader {
    private XlsxReader() {}

    static RawTable read(Path file, String fileName, Limits limits) throws TableFileException {
        int maxLinks = limits.maxZipEntries() + 100;
        try (SafeZip zip = SafeZip.open(file, fileName, limits)) {
            String workbook = Relationships.of(zip, fileName, "", maxLinks).byType("officeDocument")
                    .filter(zip::has).orElse("xl/workbook.xml");
            if (!zip.has(workbook)) {
                throw TableFileException.of(fileName, "tabular.error.notXlsx");
            }
            Relationships links = Relationships.of(zip, fileName, workbook, maxLinks);
            boolean date1904 = false;
            String sheet = null;
            try (XmlPart xml = XmlPart.open(zip, fileName, workbook)) {
                while (sheet == null && xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (xml.name().equals("workbookPr")) {
                        String flag = xml.attribute("date1904");
                        date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    } else if (xml.name().equals("sheet")) {
                        // By workbook order; a chart sheet first is passed over for the first worksheet.
                        sheet = links.byId(xml.attribute("id"), "worksheet").orElse(null);
                    }
                }
                xml.finish(); // the rest unparsed, but its checksum checked
            }
            if (sheet == null) {
                throw TableFileException.of(fileName, "tabular.error.noSheet");
            }
            if (!zip.has(sheet)) {
                throw TableFileException.of(fileName, "tabular.error.damaged");
            }
            Optional<String> sharedPart = links.byType("sharedStrings").filter(zip::has);
            SharedStrings strings = sharedPart.isPresent()
                    ? SharedStrings.read(zip, fileName, sharedPart.get(), limits) : SharedStrings.NONE;
            Optional<String> stylesPart = links.byType("styles").filter(zip::has);
            DateStyles styles = stylesPart.isPresent()
                    ? DateStyles.read(zip, fileName, stylesPart.get()) : DateStyles.NONE;
            try (XmlPart xml = XmlPart.open(zip, fileName, sheet)) {
                return SheetParser.read(xml, fileName, limits, strings, styles, date1904);
            }
        }
    }
}
