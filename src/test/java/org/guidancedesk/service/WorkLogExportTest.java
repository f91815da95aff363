package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.guidancedesk.domain.UndoStep;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work log as a file: internal texts only when asked for, then marked and recorded. */
class WorkLogExportTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final I18n ZH = I18n.forLanguage("zh");
    private static final String NOTE = "内部谈话记录-ZZTOP";
    private static final String NAME = "被谈话人-KLMN";
    private static final String COVERT = "暗访点位-QRST";
    private static final String MEETING_NOTE = "碰头会：研究下周安排";

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
        org.guidancedesk.testing.WorkLogs.clear(ws);
        long unit = ws.units().units().get(0).id();
        long member = ws.groups().members().get(0).id();
        ws.workLog().save(new WorkEntry(0, WorkKind.TALK, WorkStatus.DONE, TODAY, null, Set.of(unit), false, List.of(member),
                member, NOTE, "", new WorkDetails.Talk(List.of(new Interviewee(NAME, unit, "书记", PersonLevel.HEAD, 1),
                new Interviewee("", unit, "", PersonLevel.MIDDLE, 5))), List.of(), List.of()));
        ws.workLog().save(new WorkEntry(0, WorkKind.VISIT, WorkStatus.DONE, TODAY, null, Set.of(unit), false, List.of(member),
                member, NOTE, "", new WorkDetails.Visit(List.of(new VisitedPlace(COVERT, PlaceKind.SERVICE_WINDOW)),
                VisitMethod.COVERT), List.of(), List.of()));
        ws.workLog().save(new WorkEntry(0, WorkKind.GROUP_MEETING, WorkStatus.DONE, TODAY, null, Set.of(), true,
                List.of(member), member, MEETING_NOTE, "", new WorkDetails.None(), List.of(), List.of()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aDefaultExportHoldsNoInternalTextAndIsNotRecorded() throws IOException {
        int entries = ws.workLog().entries().size();
        Path csv = dir.resolve("log.csv");
        Path xlsx = dir.resolve("log.xlsx");
        Optional<UndoStep> before = ws.history().undoable();
        WorkLogExportService.Written w = ws.workLogExport().export(csv, null, null, false, ZH);
        ws.workLogExport().export(xlsx, null, null, false, ZH);
        assertEquals(entries, w.entries());
        String text = Files.readString(csv, StandardCharsets.UTF_8) + String.join("", parts(xlsx));
        for (String secret : List.of(NOTE, NAME, COVERT)) {
            assertFalse(text.contains(secret), secret + " left the file");
        }
        assertTrue(text.contains("主要负责同志 1人"), "counts and positions may: " + text);
        assertTrue(text.contains(MEETING_NOTE), "a meeting's notes are not internal");
        assertFalse(text.contains("内部资料"));
        assertEquals(before, ws.history().undoable(), "an ordinary export writes nothing");
        assertEquals(2, parts(xlsx).size(), "a workbook with the entries and the people talked to");
    }

    @Test
    void anExportWithInternalTextsSaysSoAndIsRecordedForGood() throws Exception {
        Path xlsx = dir.resolve("internal.xlsx");
        Optional<UndoStep> before = ws.history().undoable();
        ws.workLogExport().export(xlsx, TODAY, TODAY, true, ZH);
        String text = String.join("", parts(xlsx));
        for (String secret : List.of(NOTE, NAME, COVERT, "内部资料 注意保密")) {
            assertTrue(text.contains(secret), secret);
        }
        assertEquals(before, ws.history().undoable(), "undo cannot take the record of the export back");
        ws.history().undo();
        ws.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo.db"));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT e.file_name, e.entries, "
                        + "(SELECT count(*) FROM change_row r WHERE r.tbl = 'internal_export') FROM internal_export e")) {
            assertTrue(rs.next());
            assertEquals("internal.xlsx", rs.getString(1));
            assertEquals(3, rs.getInt(2));
            assertEquals(1, rs.getInt(3), "in the change history");
        }
        ws = Workspace.open(dir.resolve("demo.db"), Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    /** The text of each worksheet part of a workbook. */
    private static List<String> parts(Path xlsx) throws IOException {
        List<String> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    sheets.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return sheets;
    }
}
