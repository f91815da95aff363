package org.guidancedesk.domain;

import java.time.Instant;

/** A sheet that was exported or printed, as kept in the archive (its PDF is fetched by id). */
public record ArchivedSheet(long id, Week week, SheetKind kind, Instant createdAt, String fileName, int pages,
                            String sha256) {}
