package org.guidancedesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.guidancedesk.domain.WeekNotes;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;

/** A free-text section the secretary types for the week (需要协调解决的问题, 其他说明). */
public final class NotesSection implements ReportSection<String> {
    private final String titleKey;
    private final Function<WeekNotes, String> text;

    private NotesSection(String titleKey, Function<WeekNotes, String> text) {
        this.titleKey = titleKey;
        this.text = text;
    }

    public static NotesSection coordination() {
        return new NotesSection("sheet.coordination", WeekNotes::coordination);
    }

    public static NotesSection other() {
        return new NotesSection("sheet.other", WeekNotes::other);
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public String collect(WeeklyData data) {
        return text.apply(data.notes()).strip();
    }

    @Override
    public boolean isEmpty(String content) {
        return content.isEmpty();
    }

    /** One paragraph per line the secretary typed; "无" when nothing was typed. */
    @Override
    public List<Block> render(String content, WeeklyData data, I18n i18n) {
        if (content.isEmpty()) {
            return List.of(Block.Paragraph.muted(i18n.tr("sheet.nothing")));
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : content.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(Block.Paragraph.of(line.strip()));
            }
        }
        return blocks;
    }
}
