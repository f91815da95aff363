package org.guidancedesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The window's own options ({@code --db FILE}, {@code --lang zh|en}, each at most once, also as
 * {@code --db=FILE}), read by hand: picocli builds its model of every command — a few hundred
 * classes and their annotations by reflection — before it parses anything, and the window is
 * what starts many times a day. A line that is anything else (a command, {@code --help}, a
 * mistake) is left to picocli, so usage errors and help are said exactly as before.
 */
record WindowArgs(Path db, String lang) {

    /** The window's options, or empty when picocli is to read the line. */
    static Optional<WindowArgs> parse(String... args) {
        String db = null;
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (name.equals("--db") && db == null && !value.isEmpty()) {
                db = value;
            } else if (name.equals("--lang") && lang == null && (value.equals("zh") || value.equals("en"))) {
                lang = value;
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new WindowArgs(db == null ? null : Path.of(db), lang));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
