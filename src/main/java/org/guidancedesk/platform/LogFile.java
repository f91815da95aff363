package org.guidancedesk.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The program's log: every {@code System.Logger} record goes to {@code logs/guidance-desk.log}
 * in the data folder (three files of 1 MB at most, the oldest dropped), owner-only, and not to
 * the terminal, where the commands say what the user needs in one line of their own.
 */
public final class LogFile {
    private static final int LIMIT_BYTES = 1024 * 1024;
    private static final int FILES = 3;
    private static final String NAME = "guidance-desk";
    private static volatile Path current;

    private LogFile() {}

    /** Where the log of this data folder is written. */
    public static Path of(Path dataFolder) {
        return generation(dataFolder.resolve("logs"), 0);
    }

    private static Path generation(Path folder, int n) {
        return folder.resolve(NAME + "." + n + ".log");
    }

    /**
     * Sends the log to the data folder's {@code logs/}; returns the file, or empty when it
     * cannot be written there (the program runs on without a log rather than not at all).
     */
    public static synchronized Optional<Path> install(Path dataFolder) {
        Path file = of(dataFolder);
        if (file.equals(current)) {
            return Optional.of(file);
        }
        try {
            Path folder = file.getParent();
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectories(folder);
            }
            // The rotated files are made owner-only before the handler opens them, whatever the
            // umask (the folder is owner-only too, for what the handler makes besides).
            for (int i = 0; i < FILES; i++) {
                Path f = generation(folder, i);
                if (posix && !Files.exists(f)) {
                    Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
            }
            FileHandler handler = new FileHandler(folder.resolve(NAME + ".%g.log").toString(), LIMIT_BYTES, FILES, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            handler.setLevel(Level.INFO);
            Logger root = LogManager.getLogManager().getLogger("");
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
                h.close();
            }
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            current = file;
            return Optional.of(file);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Until the log file is installed, records go nowhere rather than to the terminal, where a
     * command says what went wrong in one line of its own (the JDK's default handler would
     * print every warning with its stack trace there).
     */
    public static synchronized void quietUntilInstalled() {
        if (current != null) {
            return;
        }
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof java.util.logging.ConsoleHandler) {
                root.removeHandler(h);
            }
        }
    }

    /** The log file in use, if one was installed. */
    public static Optional<Path> current() {
        return Optional.ofNullable(current);
    }
}
