package org.guidancedesk.ui.backup;

import org.guidancedesk.domain.BackupFile;
import org.guidancedesk.domain.FileSummary;
import org.guidancedesk.i18n.I18n;

/** How a backup is named to the user: when, why, how big, and what it holds. */
public final class BackupText {
    private final I18n i18n;

    public BackupText(I18n i18n) {
        this.i18n = i18n;
    }

    /** "2026年11月25日 09:14（每日备份）". */
    public String title(BackupFile b) {
        return i18n.tr("backup.title", i18n.longDate(b.at().toLocalDate()), i18n.time(b.at()).substring(0, 5),
                reason(b));
    }

    public String reason(BackupFile b) {
        return i18n.tr("backup.reason." + b.reason());
    }

    /** "1.2 MB". */
    public String size(BackupFile b) {
        double mb = b.size() / (1024.0 * 1024.0);
        return mb >= 0.1 ? i18n.tr("backup.sizeMb", mb) : i18n.tr("backup.sizeKb", Math.max(1, b.size() / 1024));
    }

    /** "中央第十八指导组：6 个单位、83 条规定动作记录、10 项上报材料、32 项整改事项". */
    public String contents(FileSummary s) {
        String counts = i18n.tr("backup.contents", s.units(), s.actionRecords(), s.deadlines(), s.ledgerItems());
        return s.groupName().isEmpty() ? i18n.tr("backup.noGroup") : i18n.tr("backup.named", s.groupName(), counts);
    }
}
