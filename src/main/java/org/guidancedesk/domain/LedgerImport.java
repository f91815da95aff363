package org.guidancedesk.domain;

import java.time.Instant;

/** One import of a ledger file, as recorded in the database: when, which file, its SHA-256, how many items. */
public record LedgerImport(long id, Instant at, String fileName, String sha256, int itemCount) {}
