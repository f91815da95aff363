package org.guidancedesk.domain;

/**
 * What a database file (or a backup of one) holds, in counts a user recognises, so a backup
 * can be chosen by its contents and not only by its date.
 *
 * @param groupName the group's name, or "" for a file without a group yet
 */
public record FileSummary(String groupName, int units, int actionRecords, int deadlines, int ledgerItems,
                          int schemaVersion) {}
