package org.guidancedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final String HOME = Path.of("home", "li").toAbsolutePath().toString();

    @Test
    void windowsUsesAppData() {
        String appData = Path.of("C:", "Users", "li", "AppData", "Roaming").toString();
        assertEquals(Path.of(appData, "GuidanceDesk"),
                DataFolder.resolve("Windows 11", Map.of("APPDATA", appData), HOME));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolder() {
        assertEquals(Path.of(HOME, "AppData", "Roaming", "GuidanceDesk"),
                DataFolder.resolve("Windows 10", Map.of(), HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "GuidanceDesk"),
                DataFolder.resolve("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME));
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        String xdg = Path.of("data", "li").toAbsolutePath().toString();
        assertEquals(Path.of(xdg, "guidance-desk"),
                DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", xdg), HOME));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertEquals(Path.of(HOME, ".local", "share", "guidance-desk"),
                DataFolder.resolve("Linux", Map.of(), HOME));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHome() {
        assertEquals(Path.of(HOME, ".local", "share", "guidance-desk"),
                DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/data"), HOME));
        assertEquals(Path.of(HOME, ".local", "share", "guidance-desk"),
                DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", ""), HOME));
    }

    @Test
    void otherUnixesAreTreatedLikeLinux() {
        assertEquals(Path.of(HOME, ".local", "share", "guidance-desk"),
                DataFolder.resolve("FreeBSD", Map.of(), HOME));
    }

    @Test
    void theDefaultDatabaseLivesInTheDataFolder() {
        assertEquals("guidance-desk.db", DataFolder.DEFAULT_DB);
    }
}
