package org.guidancedesk.ui.weekly;

import org.guidancedesk.domain.ArchivedSheet;
import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.i18n.I18n;

/** One archived copy as the archive table shows it. */
public record ArchiveRow(ArchivedSheet sheet, String week, String time, String kind, String fileName, String pages) {
    /** 导出 / 打印 for a status sheet; 工作动态·导出 for a 工作动态. */
    static String kindText(I18n i18n, ReportKind report, SheetKind how) {
        String word = i18n.tr("weekly.kind." + how.name());
        return report == ReportKind.DYNAMIC ? i18n.tr("weekly.kind.dynamic", word) : word;
    }
}
