package org.guidancedesk.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user data folder: Linux {@code $XDG_DATA_HOME/guidance-desk} or
 * {@code ~/.local/share/guidance-desk}, Windows {@code %APPDATA%\GuidanceDesk}, macOS
 * {@code ~/Library/Application Support/GuidanceDesk}.
 */
public final class DataFolder {
    /** The default database's file name inside the data folder. */
    public static final String DEFAULT_DB = "guidance-desk.db";

    /** Where the verified backups of every database file are kept, inside the data folder. */
    public static Path backups(Path dataFolder) {
        return dataFolder.resolve("backups");
    }

    private DataFolder() {}

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    /** Pure form of {@link #resolve()}, for tests of every platform. */
    public static Path resolve(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("GuidanceDesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "GuidanceDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("guidance-desk");
    }
}
