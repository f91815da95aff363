package org.guidancedesk.tabular;

/** The package parts of an exported workbook around its one sheet: content types, relationships, workbook. */
final class XlsxParts {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private XlsxParts() {}

    static String contentTypes() {
        return HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CONTENT_TYPE + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + CONTENT_TYPE + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + CONTENT_TYPE + "styles+xml\"/>"
                + "</Types>";
    }

    static String packageRelationships() {
        return HEAD + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>";
    }

    static String workbookRelationships() {
        return HEAD + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>";
    }

    /**
     * The workbook with its sheet, the autofilter's range (Excel keeps it as a hidden name too)
     * and the rows repeated on every printed page: the title rows and the header; with
     * {@code lastPrinted}, the print area ends at that column.
     */
    static String workbook(String sheetName, int headerRow, String lastColumn, int lastRow, String lastPrinted) {
        StringBuilder quoted = new StringBuilder("'");
        XmlText.escape(sheetName.replace("'", "''"), quoted);
        quoted.append("'!");
        StringBuilder name = new StringBuilder();
        XmlText.escape(sheetName, name);
        return HEAD + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets><sheet name=\"" + name + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "<definedNames>"
                + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">" + quoted
                + "$A$" + headerRow + ":$" + lastColumn + "$" + lastRow + "</definedName>"
                + (lastPrinted == null ? "" : "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">" + quoted
                        + "$A$1:$" + lastPrinted + "$" + lastRow + "</definedName>")
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">" + quoted + "$1:$" + headerRow + "</definedName>"
                + "</definedNames></workbook>";
    }
}
