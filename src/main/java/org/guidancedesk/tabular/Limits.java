package org.guidancedesk.tabular;

/**
 * How much of an untrusted file reading accepts. {@link #DEFAULT} is generous for a ledger yet
 * keeps memory and time bounded; tests pass smaller limits to reach them cheaply.
 *
 * @param maxFileBytes      the file on disk
 * @param maxUnzippedBytes  bytes inflated from one zip entry, and from all entries together
 * @param maxZipEntries     entries in the zip's directory
 * @param maxRatio          uncompressed : compressed, checked once an entry passes {@code ratioFromBytes}
 * @param ratioFromBytes    below this size a high ratio is normal (small repetitive XML)
 * @param maxRows           rows of data: rows with a value, besides up to {@link #ROWS_ABOVE_DATA} above them
 * @param maxColumns        columns with a value (256 reaches IV)
 * @param maxCellChars      characters in one cell (Excel's own limit is 32,767)
 * @param maxSharedStrings  entries in an xlsx's shared-string table
 */
public record Limits(long maxFileBytes, long maxUnzippedBytes, int maxZipEntries, int maxRatio,
        long ratioFromBytes, int maxRows, int maxColumns, int maxCellChars, int maxSharedStrings) {
    private static final long MB = 1024L * 1024;

    /**
     * Rows a table may have above its data (a title, a date line, the header) without counting
     * against {@link #maxRows()}: the reader does not know where the data starts, the importer
     * looks for its header this far down and counts the rows below it.
     */
    public static final int ROWS_ABOVE_DATA = 10;

    public static final Limits DEFAULT = new Limits(50 * MB, 200 * MB, 2_000, 100, MB,
            100_000, 256, 32_767, 1_000_000);

    public Limits withMaxRows(int rows) {
        return new Limits(maxFileBytes, maxUnzippedBytes, maxZipEntries, maxRatio, ratioFromBytes,
                rows, maxColumns, maxCellChars, maxSharedStrings);
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxUnzippedBytes, maxZipEntries, maxRatio, ratioFromBytes,
                maxRows, maxColumns, maxCellChars, maxSharedStrings);
    }

    public Limits withMaxZipEntries(int entries) {
        return new Limits(maxFileBytes, maxUnzippedBytes, entries, maxRatio, ratioFromBytes,
                maxRows, maxColumns, maxCellChars, maxSharedStrings);
    }

    public Limits withMaxSharedStrings(int strings) {
        return new Limits(maxFileBytes, maxUnzippedBytes, maxZipEntries, maxRatio, ratioFromBytes,
                maxRows, maxColumns, maxCellChars, strings);
    }
}
