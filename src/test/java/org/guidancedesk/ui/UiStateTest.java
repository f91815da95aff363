package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window size, position, last section, recent files and language survive a restart. */
class UiStateTest {
    @TempDir
    Path dir;

    @Test
    void whatTheWindowRemembersIsReadBackAfterARestart() {
        UiState state = UiState.load(dir);
        state.setBounds(10, 20, 1000, 700);
        state.setMaximized(false);
        state.setLastSection(SectionId.SETTINGS.name());
        state.setLanguage("en");
        state.addRecent(dir.resolve("a.db"));
        state.addRecent(dir.resolve("b.db"));
        state.addRecent(dir.resolve("a.db"));
        state.save();

        UiState again = UiState.load(dir);
        assertArrayEquals(new double[] {10, 20, 1000, 700}, again.bounds().orElseThrow());
        assertEquals("SETTINGS", again.lastSection().orElseThrow());
        assertEquals(SectionId.SETTINGS, SectionId.initial(again.lastSection().orElseThrow()));
        assertEquals("en", again.language().orElseThrow());
        assertEquals(java.util.List.of(dir.resolve("a.db"), dir.resolve("b.db")), again.recentFiles());
    }

    @Test
    void aGarbledStateFileGivesTheDefaults() throws Exception {
        Files.writeString(dir.resolve(UiState.FILE_NAME), "window.bounds=a,b,c\nrecent.0=\\uZZZZ");
        UiState state = UiState.load(dir);
        assertTrue(state.bounds().isEmpty());
        assertEquals(SectionId.OVERVIEW, SectionId.initial("NO_SUCH_SECTION"), "the overview is the start screen");
        assertEquals(SectionId.WORKLOG, SectionId.initial(SectionId.WORKLOG.name()), "the work log is available now");
        assertEquals(SectionId.LEDGER, SectionId.initial(SectionId.LEDGER.name()));
    }

    @Test
    void theFirstStartOfADayOpensTheOverviewUnlessTheLastSectionIsKept() {
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 11, 30);
        UiState state = UiState.load(dir);
        state.setLastSection(SectionId.LEDGER.name());
        assertEquals("LEDGER", state.startSection(monday).orElseThrow(), "nothing known of earlier days: as before");
        state.save();

        UiState later = UiState.load(dir);
        assertEquals("LEDGER", later.startSection(monday).orElseThrow(), "a second start the same day");
        later.save();
        UiState nextMorning = UiState.load(dir);
        assertEquals("OVERVIEW", nextMorning.startSection(monday.plusDays(1)).orElseThrow());

        nextMorning.setKeepLastSection(true);
        nextMorning.save();
        UiState keeping = UiState.load(dir);
        assertTrue(keeping.keepLastSection());
        assertEquals("LEDGER", keeping.startSection(monday.plusDays(5)).orElseThrow(), "the 视图 setting keeps it");
    }
}
