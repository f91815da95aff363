package org.guidancedesk.domain;

import java.time.Instant;

/**
 * A report that was exported or printed, as kept in the archive (its PDF is fetched by id):
 * which report ({@code report}) and how it left ({@code kind}).
 */
public record ArchivedSheet(long id, Week week, ReportKind report, SheetKind kind, Instant createdAt, String fileName,
                            int pages, String sha256) {}
