package org.guidancedesk.report.docx;

import java.text.MessageFormat;
import java.util.Locale;
import org.guidancedesk.ooxml.PackageZip;
import org.guidancedesk.ooxml.Xml;

/**
 * The page footer from the sheet's pattern, centred: {0} becomes a PAGE field and {1} a NUMPAGES
 * field, so Word counts the pages the user's edits make; the text around them is kept
 * ("— {0} —" prints "— 1 —"). The pattern is read as the PDF reads it (MessageFormat, quotes and
 * all; a pattern it refuses is taken literally).
 */
final class FooterPart {
    /** Stand-ins for the fields while the pattern is formatted: private-use characters no pattern holds. */
    private static final String PAGE = "\uE000";
    private static final String PAGES = "\uE001";

    private FooterPart() {}

    static String xml(String pattern) {
        StringBuilder b = new StringBuilder(Xml.HEAD).append("<w:ftr xmlns:w=\"").append(DocxParts.W_NS)
                .append("\" xmlns:r=\"").append(PackageZip.OFFICE_RELATIONSHIPS).append("\">")
                .append("<w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.FOOTER).append("\"/></w:pPr>");
        String text = formatted(pattern);
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            if (c.equals(PAGE) || c.equals(PAGES)) {
                Runs.append(b, text.substring(from, i), "");
                field(b, c.equals(PAGE) ? "PAGE" : "NUMPAGES");
                from = i + 1;
            }
        }
        Runs.append(b, text.substring(from), "");
        return b.append("</w:p></w:ftr>").toString();
    }

    private static String formatted(String pattern) {
        try {
            return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {PAGE, PAGES});
        } catch (IllegalArgumentException badPattern) {
            return pattern.replace("{0}", PAGE).replace("{1}", PAGES);
        }
    }

    /** A complex field with "1" as its last shown result (every reader recomputes it). */
    private static void field(StringBuilder b, String instruction) {
        b.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                .append("<w:r><w:instrText xml:space=\"preserve\"> ").append(instruction).append(" </w:instrText></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                .append("<w:r><w:t>1</w:t></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    }
}
