package org.guidancedesk.domain;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A verified backup of the database file: where it is, when it was made and why, its size.
 *
 * @param reason DAILY, MIGRATION, IMPORT, MANUAL or BEFORE_RESTORE
 */
public record BackupFile(Path file, LocalDateTime at, String reason, long size) {}
