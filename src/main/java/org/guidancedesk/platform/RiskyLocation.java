package org.guidancedesk.platform;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where SQLite's locking and durability cannot be trusted: a network share (its file locks
 * are unreliable) or a folder a sync client copies behind the program's back (it can upload
 * a half-written file, or bring back an old one). Only a warning: the user may know better.
 */
public final class RiskyLocation {
    public enum Kind { NETWORK, CLOUD_SYNC }

    /** File-system types of network shares, as Linux and macOS name them. */
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
            "afpfs", "afs", "9p", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs", "webdav", "ncpfs", "fuse.rclone",
            "glusterfs", "ceph", "lustre");
    /** Folder names sync clients create (lower case). */
    private static final Set<String> SYNC_FOLDERS = Set.of("onedrive", "dropbox", "google drive", "googledrive",
            "my drive", "icloud drive", "iclouddrive", "mobile documents", "box", "box sync", "pcloud drive",
            "nextcloud", "owncloud", "seafile", "synologydrive", "synology drive", "坚果云", "nutstore", "百度网盘",
            "baidunetdisk", "wps云文档", "wpsdrive", "wps cloud", "腾讯微云", "weiyun", "天翼云盘", "阿里云盘", "aliyundrive",
            "腾讯文档", "quark", "夸克网盘");

    private RiskyLocation() {}

    public static Optional<Kind> of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String text = absolute.toString();
        if (text.startsWith("\\\\")) {
            return Optional.of(Kind.NETWORK); // a UNC path: \\server\share
        }
        for (Path part : absolute) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            if (SYNC_FOLDERS.contains(name) || name.startsWith("onedrive - ") || name.startsWith("dropbox (")) {
                return Optional.of(Kind.CLOUD_SYNC);
            }
        }
        return networkStore(absolute.getParent());
    }

    private static Optional<Kind> networkStore(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return Optional.empty();
        }
        try {
            FileStore store = Files.getFileStore(folder);
            return NETWORK_TYPES.contains(store.type().toLowerCase(Locale.ROOT)) ? Optional.of(Kind.NETWORK)
                    : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
