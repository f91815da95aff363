package org.guidancedesk.report;

import java.util.Locale;
import java.util.Optional;

/** The two files a weekly report is saved as: the PDF (printed, archived) and the editable Word copy. */
public enum ReportFormat {
    PDF(".pdf"),
    DOCX(".docx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** ".pdf" or ".docx". */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension, in any case; empty for any other name. */
    public static Optional<ReportFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (name.endsWith(f.extension) && name.length() > f.extension.length()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The name with this format's extension in place of the other format's (added when it has neither). */
    public String rename(String fileName) {
        for (ReportFormat f : values()) {
            if (fileName.toLowerCase(Locale.ROOT).endsWith(f.extension)) {
                return fileName.substring(0, fileName.length() - f.extension.length()) + extension;
            }
        }
        return fileName + extension;
    }
}
