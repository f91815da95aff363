package org.guidancedesk.tabular;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.ooxml.PackageZip;
import org.guidancedesk.ooxml.Xml;

/** The package parts of an exported workbook around its sheets: content types, relationships, workbook. */
final class XlsxParts {
    static final String HEAD = Xml.HEAD;
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = PackageZip.OFFICE_RELATIONSHIPS;
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private XlsxParts() {}

    /** One written sheet as the workbook names it: its autofilter's range, print area and titles. */
    record SheetPart(String name, int headerRow, String lastColumn, int lastRow, String lastPrinted) {}

    static String contentTypes(int sheets) {
        List<PackageZip.Override> parts = new ArrayList<>();
        parts.add(new PackageZip.Override("xl/workbook.xml", CONTENT_TYPE + "sheet.main+xml"));
        for (int i = 1; i <= sheets; i++) {
            parts.add(new PackageZip.Override("xl/worksheets/sheet" + i + ".xml", CONTENT_TYPE + "worksheet+xml"));
        }
        parts.add(new PackageZip.Override("xl/styles.xml", CONTENT_TYPE + "styles+xml"));
        return PackageZip.contentTypes(parts);
    }

    static String packageRelationships() {
        return PackageZip.relationships(List.of(new PackageZip.Link("rId1", REL_NS + "/officeDocument", "xl/workbook.xml")));
    }

    /** Sheet i is rId i; the styles come after them. */
    static String workbookRelationships(int sheets) {
        List<PackageZip.Link> links = new ArrayList<>();
        for (int i = 1; i <= sheets; i++) {
            links.add(new PackageZip.Link("rId" + i, REL_NS + "/worksheet", "worksheets/sheet" + i + ".xml"));
        }
        links.add(new PackageZip.Link("rId" + (sheets + 1), REL_NS + "/styles", "styles.xml"));
        return PackageZip.relationships(links);
    }

    /**
     * The workbook with its sheets, each sheet's autofilter range (Excel keeps it as a hidden
     * name too) and the rows repeated on every printed page: the title rows and the header; with
     * {@code lastPrinted}, the print area ends at that column.
     */
    static String workbook(List<SheetPart> sheets) {
        StringBuilder list = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            SheetPart p = sheets.get(i);
            StringBuilder quoted = new StringBuilder("'");
            XmlText.escape(p.name().replace("'", "''"), quoted);
            quoted.append("'!");
            StringBuilder name = new StringBuilder();
            XmlText.escape(p.name(), name);
            list.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId")
                    .append(i + 1).append("\"/>");
            names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">")
                    .append(quoted).append("$A$").append(p.headerRow()).append(":$").append(p.lastColumn()).append('$')
                    .append(p.lastRow()).append("</definedName>");
            if (p.lastPrinted() != null) {
                names.append("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"").append(i).append("\">").append(quoted)
                        .append("$A$1:$").append(p.lastPrinted()).append('$').append(p.lastRow()).append("</definedName>");
            }
            names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">").append(quoted)
                    .append("$1:$").append(p.headerRow()).append("</definedName>");
        }
        return HEAD + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets>" + list + "</sheets><definedNames>" + names + "</definedNames></workbook>";
    }
}
