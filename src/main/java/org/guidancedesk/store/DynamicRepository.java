package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidancedesk.domain.DynamicDraft;
import org.guidancedesk.domain.DynamicIssue;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.Week;

/** The 工作动态's rewritten parts per week, its 期号, and its masthead settings. */
public final class DynamicRepository {
    private static final String TITLE = "dynamic.title";
    private static final String SENT_TO = "dynamic.sentTo";
    private static final String COPY_TO = "dynamic.copyTo";
    private static final String FIRST_ISSUE = "dynamic.firstIssue";
    private final SettingRepository settings = new SettingRepository();

    public DynamicDraft draft(Connection c, Week week) throws SQLException {
        Map<DynamicPart, String> edited = new EnumMap<>(DynamicPart.class);
        for (Map.Entry<DynamicPart, String> e : Sql.query(c, "SELECT part, body FROM dynamic_text WHERE week = ?",
                rs -> Map.entry(DynamicPart.valueOf(rs.getString("part")), rs.getString("body")), week.toString())) {
            edited.put(e.getKey(), e.getValue());
        }
        return new DynamicDraft(week, edited, issueOf(c, week));
    }

    /** Keeps the part as rewritten; a blank text removes the rewording (the generated text returns). */
    public void saveText(Connection c, Week week, DynamicPart part, String body, Instant now) throws SQLException {
        if (body.isBlank()) {
            Sql.update(c, "DELETE FROM dynamic_text WHERE week = ? AND part = ?", week.toString(), part);
            return;
        }
        Sql.update(c, """
                INSERT INTO dynamic_text (week, part, body, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (week, part) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""",
                week.toString(), part, body, now.toString());
    }

    public Optional<DynamicIssue> issueOf(Connection c, Week week) throws SQLException {
        return Sql.queryOne(c, "SELECT number, week, issued_at FROM dynamic_issue WHERE week = ?",
                DynamicRepository::issue, week.toString());
    }

    public Optional<DynamicIssue> issueNumbered(Connection c, int number) throws SQLException {
        return Sql.queryOne(c, "SELECT number, week, issued_at FROM dynamic_issue WHERE number = ?",
                DynamicRepository::issue, number);
    }

    /** Every issue given, by number. */
    public List<DynamicIssue> issues(Connection c) throws SQLException {
        return Sql.query(c, "SELECT number, week, issued_at FROM dynamic_issue ORDER BY number", DynamicRepository::issue);
    }

    /** The highest number given, or 0. */
    public int lastNumber(Connection c) throws SQLException {
        return (int) Sql.count(c, "SELECT coalesce(max(number), 0) FROM dynamic_issue");
    }

    public DynamicIssue insertIssue(Connection c, int number, Week week, Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO dynamic_issue (number, week, issued_at) VALUES (?, ?, ?)", number, week.toString(),
                at.toString());
        return new DynamicIssue(number, week, at);
    }

    public DynamicSettings settings(Connection c) throws SQLException {
        DynamicSettings d = DynamicSettings.defaults();
        String first = settings.find(c, FIRST_ISSUE).orElse(String.valueOf(d.firstIssue()));
        String title = settings.find(c, TITLE).orElse(d.title());
        String sentTo = settings.find(c, SENT_TO).orElse(d.sentTo());
        String copyTo = settings.find(c, COPY_TO).orElse(d.copyTo());
        return Sql.validated(() -> new DynamicSettings(title, sentTo, copyTo, Integer.parseInt(first)), "dynamic settings");
    }

    public void saveSettings(Connection c, DynamicSettings s) throws SQLException {
        settings.save(c, TITLE, s.title());
        settings.save(c, SENT_TO, s.sentTo());
        settings.save(c, COPY_TO, s.copyTo());
        settings.save(c, FIRST_ISSUE, String.valueOf(s.firstIssue()));
    }

    private static DynamicIssue issue(java.sql.ResultSet rs) throws SQLException {
        return new DynamicIssue(rs.getInt("number"), Week.parse(rs.getString("week")), Instant.parse(rs.getString("issued_at")));
    }
}
