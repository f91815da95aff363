package org.guidancedesk.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Finds the user's own 宋体, 黑体, 仿宋, 楷体 (Windows ships them; a Mac has its 华文 faces) in the
 * system's font folders, or in the folders {@value #FOLDERS_PROPERTY} names, and makes the
 * {@link Fonts} the sheet is set in: each role in its face when found and usable, else in the
 * bundled one. A file that cannot be read, has CFF outlines or no Chinese is passed over.
 */
final class SystemFonts {
    /** Font folders to search instead of the system's, separated by the path separator. */
    static final String FOLDERS_PROPERTY = "guidancedesk.fonts";

    private static final Logger LOG = Logger.getLogger(SystemFonts.class.getName());
    /** Deep enough for Linux's /usr/share/fonts/truetype/<family>/, not a whole disk. */
    private static final int DEPTH = 3;

    private SystemFonts() {}

    /** The fonts of this machine's folders (or the property's). */
    static Fonts fromSystem() {
        return in(folders(System.getProperty(FOLDERS_PROPERTY), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")), System.getenv("WINDIR"), System.getenv("LOCALAPPDATA")));
    }

    /** Each role in the best face these folders hold, else the bundled one. */
    static Fonts in(List<Path> folders) {
        Map<String, Path> byName = files(folders);
        Map<Path, Face> read = new HashMap<>();
        Map<FontRole, FaceChain> chains = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            Face face = null;
            for (String name : role.files()) {
                Path file = byName.get(name.toLowerCase(Locale.ROOT));
                Face found = file == null ? null : read.computeIfAbsent(file, f -> readOrNull(f, role));
                if (found != null) {
                    face = found;
                    break;
                }
            }
            chains.put(role, new FaceChain(face != null ? face : Face.bundled(), Face::bundled));
        }
        return new Fonts(chains);
    }

    private static Face readOrNull(Path file, FontRole role) {
        try {
            Face face = Face.read(file, role.faces());
            LOG.info(() -> "using " + file + " for " + role);
            return face;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "font passed over: " + file, e);
            return null;
        }
    }

    /** The font files in the folders by lower-cased name; the first folder listed wins. */
    private static Map<String, Path> files(List<Path> folders) {
        Map<String, Path> byName = new HashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(folder, DEPTH)) {
                all.filter(Files::isRegularFile).forEach(f -> byName.putIfAbsent(
                        f.getFileName().toString().toLowerCase(Locale.ROOT), f));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.INFO, "font folder not read: " + folder, e);
            }
        }
        return byName;
    }

    /** Where fonts live on this system, or the folders the property names. */
    static List<Path> folders(String property, String osName, Path home, String windir, String localAppData) {
        List<Path> folders = new ArrayList<>();
        if (property != null && !property.isBlank()) {
            for (String part : property.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    folders.add(Path.of(part.strip()));
                }
            }
            return folders;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            folders.add(Path.of(windir == null ? "C:\\Windows" : windir, "Fonts"));
            if (localAppData != null) {
                folders.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.startsWith("mac")) {
            folders.add(home.resolve("Library/Fonts"));
            folders.add(Path.of("/Library/Fonts"));
            folders.add(Path.of("/System/Library/Fonts"));
            folders.add(Path.of("/System/Library/Fonts/Supplemental"));
        } else {
            folders.add(home.resolve(".local/share/fonts"));
            folders.add(home.resolve(".fonts"));
            folders.add(Path.of("/usr/share/fonts"));
            folders.add(Path.of("/usr/local/share/fonts"));
        }
        return folders;
    }
}
