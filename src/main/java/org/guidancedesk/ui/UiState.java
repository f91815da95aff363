package org.guidancedesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.guidancedesk.platform.WholeFile;

/**
 * What the window remembers between runs (size, position, last section, recent files,
 * language), kept as a small properties file in the data folder — not in the database, so
 * it follows the user rather than the file.
 */
public final class UiState {
    public static final String FILE_NAME = "ui-state.properties";
    private static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties values = new Properties();

    private UiState(Path file) {
        this.file = file;
    }

    /** Loads the state; a missing or unreadable file gives the defaults. */
    public static UiState load(Path folder) {
        UiState state = new UiState(folder.resolve(FILE_NAME));
        if (Files.isRegularFile(state.file)) {
            try (InputStream in = Files.newInputStream(state.file)) {
                state.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                state.values.clear();
            }
        }
        return state;
    }

    /** Writes the state atomically; failure only loses window preferences, never data. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            values.store(bytes, "GuidanceDesk window state");
            WholeFile.write(file, bytes.toByteArray());
        } catch (IOException e) {
            // Preferences are a convenience; the next run starts with defaults.
        }
    }

    /** Window bounds x, y, width, height, if remembered. */
    public Optional<double[]> bounds() {
        try {
            String[] parts = values.getProperty("window.bounds", "").split(",");
            if (parts.length != 4) {
                return Optional.empty();
            }
            double[] b = new double[4];
            for (int i = 0; i < 4; i++) {
                b[i] = Double.parseDouble(parts[i]);
            }
            return b[2] >= 200 && b[3] >= 150 ? Optional.of(b) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setBounds(double x, double y, double width, double height) {
        values.setProperty("window.bounds", x + "," + y + "," + width + "," + height);
    }

    public boolean maximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
    }

    public void setMaximized(boolean maximized) {
        values.setProperty("window.maximized", Boolean.toString(maximized));
    }

    public Optional<String> lastSection() {
        return Optional.ofNullable(values.getProperty("section"));
    }

    public void setLastSection(String id) {
        values.setProperty("section", id);
    }

    /**
     * The section the window opens on at a start on {@code today}: 总览 at the first start of a
     * day (the day's overview first), else the last one shown; with {@link #keepLastSection()}
     * always the last one. A state from before days were remembered keeps the last section.
     * The start is remembered, so the next start that day keeps the section.
     */
    public Optional<String> startSection(java.time.LocalDate today) {
        String lastDay = values.getProperty("lastStartDay");
        values.setProperty("lastStartDay", today.toString());
        if (keepLastSection() || lastDay == null || lastDay.equals(today.toString())) {
            return lastSection();
        }
        return Optional.of(SectionId.OVERVIEW.name());
    }

    /** Whether every start opens the last section shown, not 总览 each morning (视图 menu). */
    public boolean keepLastSection() {
        return Boolean.parseBoolean(values.getProperty("keepLastSection", "false"));
    }

    public void setKeepLastSection(boolean keep) {
        values.setProperty("keepLastSection", Boolean.toString(keep));
    }

    /** "zh" or "en" once the user chose one. */
    public Optional<String> language() {
        return Optional.ofNullable(values.getProperty("language"));
    }

    public void setLanguage(String tag) {
        values.setProperty("language", tag);
    }

    /** Recently opened files, newest first. */
    public List<Path> recentFiles() {
        List<Path> result = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = values.getProperty("recent." + i);
            if (p != null) {
                result.add(Path.of(p));
            }
        }
        return result;
    }

    public void addRecent(Path file) {
        List<Path> list = recentFiles();
        Path normal = file.toAbsolutePath().normalize();
        list.remove(normal);
        list.add(0, normal);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                values.setProperty("recent." + i, list.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }
}
