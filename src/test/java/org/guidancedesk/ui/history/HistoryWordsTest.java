package org.guidancedesk.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table and every column of the schema as the migrations leave it has a word in both
 * languages, so 修改记录 never shows a raw column name: a later migration's new column fails
 * here until it gets one.
 */
class HistoryWordsTest {
    /** The history's own bookkeeping, never shown as a change. */
    private static final Set<String> HISTORY_TABLES = Set.of("change_set", "change_row", "change_control",
            "trash_emptied");

    @TempDir
    Path dir;

    @Test
    void everyColumnOfEveryTableHasAUserWord() throws Exception {
        Path file = dir.resolve("words.db");
        Workspace.open(file, Clock.systemDefaultZone()).close();
        List<String[]> columns = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                     + "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid")) {
            while (rs.next()) {
                if (!HISTORY_TABLES.contains(rs.getString(1))) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        assertEquals(true, columns.size() > 80, "the schema was read: " + columns.size());
        List<String> missing = new ArrayList<>();
        for (String lang : I18n.LANGUAGES) {
            I18n i18n = I18n.forLanguage(lang);
            for (String[] tc : columns) {
                if (!i18n.has("history.table." + tc[0])) {
                    missing.add(lang + ": history.table." + tc[0]);
                }
                if (!i18n.has("history.column." + tc[0] + "." + tc[1])) {
                    missing.add(lang + ": history.column." + tc[0] + "." + tc[1]);
                }
            }
        }
        assertEquals(List.of(), missing.stream().distinct().toList());
    }
}
