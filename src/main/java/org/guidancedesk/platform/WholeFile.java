package org.guidancedesk.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a failure leaves nothing partial: a temporary file beside it, then a
 * rename over the target. Used for every export (.pdf, .xlsx, .csv) and the window state.
 * The file is private (0600 on POSIX) whatever the umask: the temporary file is created with
 * that mode, and the rename keeps it. A failure names the target, never the temporary file.
 */
public final class WholeFile {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private WholeFile() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        try {
            try (OutputStream out = Channels.newOutputStream(FileChannel.open(temp,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), privateFile()))) {
                out.write(bytes);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw naming(absolute, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Owner read and write only, set at creation (so no moment with the umask's wider mode). */
    private static FileAttribute<?>[] privateFile() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    /** The same failure, said of the file the caller asked for. */
    private static IOException naming(Path target, IOException e) {
        IOException renamed;
        if (e instanceof FileSystemException f) {
            String reason = f.getReason();
            if (e instanceof NoSuchFileException) {
                renamed = new NoSuchFileException(target.toString(), null, reason);
            } else if (e instanceof AccessDeniedException) {
                renamed = new AccessDeniedException(target.toString(), null, reason);
            } else {
                renamed = new FileSystemException(target.toString(), null, reason);
            }
        } else {
            renamed = new IOException(target + ": " + e.getMessage());
        }
        renamed.initCause(e);
        return renamed;
    }
}
