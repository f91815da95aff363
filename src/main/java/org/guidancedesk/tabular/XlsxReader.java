package org.guidancedesk.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;

/**
 * The worksheets of an .xlsx: package relationships → workbook (the date system and the sheet
 * order) → each worksheet's part, with the shared strings and the cell styles that mark dates.
 * The first worksheet alone for a table ({@link #read}), every one by name for a workbook of
 * several tables ({@link #readAll}).
 */
final class XlsxReader {
    private XlsxReader() {}

    /** A worksheet as the workbook lists it: its tab's name and its part. */
    private record SheetRef(String name, String part) {}

    static RawTable read(Path file, String fileName, Limits limits) throws TableFileException {
        return new RawTable(fileName, parse(file, fileName, limits, true).get(0).rows());
    }

    static List<RawSheet> readAll(Path file, String fileName, Limits limits) throws TableFileException {
        return parse(file, fileName, limits, false);
    }

    private static List<RawSheet> parse(Path file, String fileName, Limits limits, boolean firstOnly)
            throws TableFileException {
        int maxLinks = limits.maxZipEntries() + 100;
        try (SafeZip zip = SafeZip.open(file, fileName, limits)) {
            String workbook = Relationships.of(zip, fileName, "", maxLinks).byType("officeDocument")
                    .filter(zip::has).orElse("xl/workbook.xml");
            if (!zip.has(workbook)) {
                throw TableFileException.of(fileName, "tabular.error.notXlsx");
            }
            Relationships links = Relationships.of(zip, fileName, workbook, maxLinks);
            boolean date1904 = false;
            List<SheetRef> sheets = new ArrayList<>();
            try (XmlPart xml = XmlPart.open(zip, fileName, workbook)) {
                while (!(firstOnly && !sheets.isEmpty()) && xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (xml.name().equals("workbookPr")) {
                        String flag = xml.attribute("date1904");
                        date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    } else if (xml.name().equals("sheet")) {
                        // By workbook order; a chart sheet is passed over.
                        String name = xml.attribute("name");
                        links.byId(xml.attribute("id"), "worksheet")
                                .ifPresent(part -> sheets.add(new SheetRef(name == null ? "" : name, part)));
                    }
                }
                xml.finish(); // the rest unparsed, but its checksum checked
            }
            if (sheets.isEmpty()) {
                throw TableFileException.of(fileName, "tabular.error.noSheet");
            }
            Optional<String> sharedPart = links.byType("sharedStrings").filter(zip::has);
            SharedStrings strings = sharedPart.isPresent()
                    ? SharedStrings.read(zip, fileName, sharedPart.get(), limits) : SharedStrings.NONE;
            Optional<String> stylesPart = links.byType("styles").filter(zip::has);
            DateStyles styles = stylesPart.isPresent()
                    ? DateStyles.read(zip, fileName, stylesPart.get()) : DateStyles.NONE;
            List<RawSheet> read = new ArrayList<>();
            for (SheetRef s : sheets) {
                if (!zip.has(s.part())) {
                    throw TableFileException.of(fileName, "tabular.error.damaged");
                }
                try (XmlPart xml = XmlPart.open(zip, fileName, s.part())) {
                    read.add(new RawSheet(s.name(), SheetParser.read(xml, fileName, limits, strings, styles, date1904)
                            .rows()));
                }
            }
            return read;
        }
    }
}
