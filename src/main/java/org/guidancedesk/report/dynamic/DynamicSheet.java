package org.guidancedesk.report.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;

/**
 * Lays a 工作动态 out as a document: 内部资料 mark, the masthead (title, 第N期, the issuing group
 * and date), the six numbered parts, the 报送 / 抄送 lines, page numbers "— 1 —". The same blocks
 * make the PDF and the Word copy.
 */
public final class DynamicSheet {
    private DynamicSheet() {}

    public static Sheet of(WeeklyData data, List<DynamicPart.Text> parts, DynamicHeader header, I18n i18n) {
        Group g = data.checklist().group();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(i18n.tr("dynamic.internal"), Block.Align.LEFT, false));
        String title = header.title().isEmpty() ? i18n.tr("dynamic.title") : header.title();
        String issue = header.issue() == null ? i18n.tr("dynamic.issueBlank") : i18n.tr("dynamic.issue", header.issue());
        blocks.add(new Block.Title(title, issue));
        blocks.add(new Block.Paragraph(i18n.tr("dynamic.issuedBy", g.name(), i18n.longDate(data.asOf())), Block.Align.CENTER, false));
        String[] numerals = i18n.tr("sheet.numerals").split(",");
        int n = 0;
        for (DynamicPart.Text part : parts) {
            String numeral = n < numerals.length ? numerals[n] : String.valueOf(n + 1);
            n++;
            blocks.add(new Block.Heading(1, i18n.tr("dynamic.heading", numeral, i18n.tr("dynamic.part." + part.part().name()))));
            // Running text starts two characters in, as an office document does.
            part.paragraphs().forEach(p -> blocks.add(Block.Paragraph.of(i18n.tr("dynamic.indent") + p)));
        }
        if (!header.sentTo().isEmpty()) {
            blocks.add(new Block.Paragraph(i18n.tr("dynamic.sentTo", header.sentTo()), Block.Align.LEFT, false));
        }
        if (!header.copyTo().isEmpty()) {
            blocks.add(new Block.Paragraph(i18n.tr("dynamic.copyTo", header.copyTo()), Block.Align.LEFT, false));
        }
        return new Sheet(i18n.tr("dynamic.documentTitle", g.name(), issue), "", blocks, i18n.tr("dynamic.footer"));
    }
}
