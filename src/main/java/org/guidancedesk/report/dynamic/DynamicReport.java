package org.guidancedesk.report.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.DynamicDraft;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.RenderedSheet;
import org.guidancedesk.report.ReportFormat;
import org.guidancedesk.report.WeekName;
import org.guidancedesk.report.WeeklyDocx;
import org.guidancedesk.report.WeeklyOutput;
import org.guidancedesk.report.doc.Sheet;

/**
 * The one way a week's 工作动态 becomes a document, for the window and the command line alike:
 * the program's parts, each one the secretary rewrote put in its place, under the group's
 * masthead with the 期号 it is issued as (null: a draft, the number left blank).
 */
public final class DynamicReport {
    private DynamicReport() {}

    /** The parts as they will print. */
    public static List<DynamicPart.Text> parts(WeeklyData data, DynamicDraft draft, I18n i18n) {
        List<DynamicPart.Text> generated = DynamicWriter.write(data, i18n);
        List<DynamicPart.Text> merged = new ArrayList<>(generated.size());
        for (DynamicPart.Text part : generated) {
            String edited = draft.edited().get(part.part());
            merged.add(edited == null ? part : new DynamicPart.Text(part.part(), paragraphs(edited)));
        }
        return merged;
    }

    /** A rewritten part's paragraphs: one a line, blank lines and the leading indent dropped. */
    public static List<String> paragraphs(String edited) {
        List<String> lines = edited.lines().map(l -> l.strip().replaceFirst("^[\\u3000]+", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? List.of(edited.strip()) : lines;
    }

    public static Sheet sheet(WeeklyData data, DynamicDraft draft, DynamicSettings settings, Integer number, I18n i18n) {
        DynamicHeader header = new DynamicHeader(settings.title(), number, settings.sentTo(), settings.copyTo());
        return DynamicSheet.of(data, parts(data, draft, i18n), header, i18n);
    }

    public static RenderedSheet pdf(WeeklyData data, DynamicDraft draft, DynamicSettings settings, Integer number, I18n i18n) {
        return output(data, draft, settings, number, i18n, ReportFormat.PDF).pdf();
    }

    /** The week's 工作动态 as .docx: the same sheet {@link #pdf} prints. */
    public static byte[] docx(WeeklyData data, DynamicDraft draft, DynamicSettings settings, Integer number, I18n i18n) {
        return WeeklyDocx.docx(sheet(data, draft, settings, number, i18n));
    }

    /**
     * The week's 工作动态 in the format, with the PDF of the same sheet: the PDF is what
     * {@code DynamicService.issue} archives, whichever format is saved.
     */
    public static WeeklyOutput output(WeeklyData data, DynamicDraft draft, DynamicSettings settings, Integer number, I18n i18n,
                                      ReportFormat format) {
        return WeeklyOutput.of(sheet(data, draft, settings, number, i18n), fileName(data, number, i18n), format);
    }

    /** 中央第十八指导组-工作动态第6期.pdf once numbered, 中央第十八指导组-第6周-工作动态.pdf as a draft. */
    public static String fileName(WeeklyData data, Integer number, I18n i18n) {
        Group g = data.checklist().group();
        String name = number == null
                ? i18n.tr("dynamic.fileNameDraft", g.name(), WeekName.of(g, data.week(), i18n))
                : i18n.tr("dynamic.fileName", g.name(), number);
        return WeekName.safeFileName(name);
    }
}
