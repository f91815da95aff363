package org.guidancedesk.ui.weekly;

import org.guidancedesk.domain.ArchivedSheet;

/** One archived sheet as the table shows it: texts ready in the user's language. */
public record ArchiveRow(ArchivedSheet sheet, String week, String time, String kind, String fileName,
                         String pages) {}
