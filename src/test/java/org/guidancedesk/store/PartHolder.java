package org.guidancedesk.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child process of {@link BackupPartsTest}: another program in the middle of a backup. It
 * takes a part beside the given target, prints the part's path, and holds it until killed.
 */
public final class PartHolder {
    private PartHolder() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (PartFile part = PartFile.beside(Path.of(args[0]))) {
            out.println(part.path());
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
