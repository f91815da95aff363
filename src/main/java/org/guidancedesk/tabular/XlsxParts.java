package org.guidancedesk.tabular;

/** The package parts of an exported workbook around its sheets: content types, relationships, workbook. */
final class XlsxParts {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private XlsxParts() {}

    /** One written sheet as the workbook names it: its autofilter's range, print area and titles. */
    record SheetPart(String name, int headerRow, String lastColumn, int lastRow, String lastPrinted) {}

    static String contentTypes(int sheets) {
        StringBuilder b = new StringBuilder(HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(CONTENT_TYPE).append("sheet.main+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append(CONTENT_TYPE).append("worksheet+xml\"/>");
        }
        return b.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").append(CONTENT_TYPE)
                .append("styles+xml\"/></Types>").toString();
    }

    static String packageRelationships() {
        return HEAD + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>";
    }

    /** Sheet i is rId i; the styles come after them. */
    static String workbookRelationships(int sheets) {
        StringBuilder b = new StringBuilder(HEAD).append("<Relationships xmlns=\"").append(PACKAGE_REL_NS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return b.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    /**
     * The workbook with its sheets, each sheet's autofilter range (Excel keeps it as a hidden
     * name too) and the rows repeated on every printed page: the title rows and the header; with
     * {@code lastPrinted}, the print area ends at that column.
     */
    static String workbook(java.util.List<SheetPart> sheets) {
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
