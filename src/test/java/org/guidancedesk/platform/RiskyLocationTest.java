package org.guidancedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskyLocationTest {
    @TempDir
    Path dir;

    @Test
    void syncFoldersAreRecognisedByTheirNames() {
        assertEquals(Optional.of(RiskyLocation.Kind.CLOUD_SYNC), RiskyLocation.of(Path.of("/home/li/OneDrive/指导组/g.db")));
        assertEquals(Optional.of(RiskyLocation.Kind.CLOUD_SYNC),
                RiskyLocation.of(Path.of("/home/li/OneDrive - 中央指导组/g.db")));
        assertEquals(Optional.of(RiskyLocation.Kind.CLOUD_SYNC), RiskyLocation.of(Path.of("/home/li/坚果云/g.db")));
        assertEquals(Optional.of(RiskyLocation.Kind.CLOUD_SYNC), RiskyLocation.of(Path.of("/Users/li/Dropbox/g.db")));
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void aUncPathIsANetworkShare() {
        assertEquals(Optional.of(RiskyLocation.Kind.NETWORK), RiskyLocation.of(Path.of("\\\\server\\share\\g.db")));
    }

    @Test
    void aLocalFolderIsFine() {
        assertEquals(Optional.empty(), RiskyLocation.of(dir.resolve("guidance-desk.db")));
        assertEquals(Optional.empty(), RiskyLocation.of(Path.of("/home/li/文档/指导组/g.db")));
    }
}
