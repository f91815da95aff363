package org.guidancedesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A folder nobody can write in, holding copies of the given files: for an ordinary user the
 * folder's write bit is taken away; for root (who ignores permission bits, as in CI) a small
 * file system is mounted and then made read-only. Skips the test where neither is possible.
 */
public final class ReadOnlyPlace implements AutoCloseable {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path folder;

    private ReadOnlyPlace(Path folder) {
        this.folder = folder;
    }

    /** Makes {@code folder} (created here, empty) read-only with copies of {@code files} in it. */
    public static ReadOnlyPlace of(Path folder, Path... files) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        if (ROOT) {
            Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64m,mode=0700", "tmpfs", folder.toString()),
                    "cannot mount a file system here");
        }
        for (Path f : files) {
            Files.copy(f, folder.resolve(f.getFileName()));
        }
        if (ROOT) {
            if (!run("mount", "-o", "remount,ro", folder.toString())) {
                run("umount", folder.toString());
                Assumptions.abort("cannot make the file system read-only here");
            }
        } else {
            Assumptions.assumeTrue(folder.toFile().setWritable(false, false), "cannot take away the write bit");
        }
        Assumptions.assumeFalse(Files.isWritable(folder), "the folder is still writable");
        return new ReadOnlyPlace(folder);
    }

    public Path folder() {
        return folder;
    }

    public Path file(String name) {
        return folder.resolve(name);
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Override
    public void close() throws IOException {
        if (ROOT) {
            try {
                run("umount", folder.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            folder.toFile().setWritable(true, true);
        }
    }
}
