package org.guidancedesk.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a spreadsheet table from an .xlsx or a .csv file. The content decides, not the name:
 * a zip is a workbook, anything else must be text. The extension only sharpens the message
 * when the two disagree (a CSV renamed to .xlsx, an old .xls, a web page saved as .xls).
 */
public final class TableReader {
    private static final long MB = 1024L * 1024;

    private TableReader() {}

    public static RawTable read(Path file) throws TableFileException {
        return read(file, Limits.DEFAULT);
    }

    public static RawTable read(Path file, Limits limits) throws TableFileException {
        String name = nameOf(file);
        if (isWorkbook(file, name, limits)) {
            return XlsxReader.read(file, name, limits);
        }
        TextDecoding.Decoded text = TextDecoding.decode(readAll(file, name, limits));
        String extension = extension(name);
        if (extension.matches("\\.xl[st][xm]")) {
            throw TableFileException.of(name, text.isText() ? "tabular.error.notWorkbook" : "tabular.error.notWorkbookBinary",
                    extension);
        }
        if (!text.isText()) {
            throw TableFileException.of(name, text.failureKey(), text.details());
        }
        if (isMarkup(text.text())) {
            throw TableFileException.of(name, "tabular.error.markup");
        }
        return CsvReader.read(name, text.text(), limits);
    }

    /**
     * Every worksheet of an .xlsx by its tab's name, in the workbook's order: for a file of several
     * tables. A text file is refused ({@code tabular.error.needsWorkbook}), whatever its name.
     */
    public static List<RawSheet> readSheets(Path file) throws TableFileException {
        String name = nameOf(file);
        if (!isWorkbook(file, name, Limits.DEFAULT)) {
            throw TableFileException.of(name, "tabular.error.needsWorkbook");
        }
        return XlsxReader.readAll(file, name, Limits.DEFAULT);
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Whether the file is a zip (a workbook); refuses a missing, empty, too large or old-format file. */
    private static boolean isWorkbook(Path file, String name, Limits limits) throws TableFileException {
        if (!Files.isRegularFile(file)) {
            throw TableFileException.of(name, "tabular.error.notFound");
        }
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw TableFileException.of(name, "tabular.error.notFound").causedBy(e);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        if (size > limits.maxFileBytes()) {
            throw TableFileException.of(name, "tabular.error.tooLarge", (size + MB - 1) / MB, limits.maxFileBytes() / MB);
        }
        if (head.length == 0) {
            throw TableFileException.of(name, "tabular.error.empty");
        }
        if (TextDecoding.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw TableFileException.of(name, "tabular.error.oldXls"); // also what a password-protected .xlsx is
        }
        return TextDecoding.startsWith(head, 'P', 'K', 3, 4) || TextDecoding.startsWith(head, 'P', 'K', 5, 6);
    }

    /** Reads at most the limit, so a file that grew since it was measured cannot exceed it. */
    private static byte[] readAll(Path file, String name, Limits limits) throws TableFileException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw TableFileException.of(name, "tabular.error.tooLarge", (bytes.length + MB - 1) / MB,
                        limits.maxFileBytes() / MB);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** HTML or XML (SpreadsheetML 2003) that some systems save with an .xls name. */
    private static boolean isMarkup(String text) {
        String start = text.stripLeading();
        start = start.substring(0, Math.min(20, start.length())).toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"<html", "<!doctype", "<?xml", "<table", "<meta", "<head", "<body", "<style"}) {
            if (start.startsWith(tag)) {
                return true;
            }
        }
        return false;
    }

    static TableFileException unreadable(String fileName, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return TableFileException.of(fileName, "tabular.error.unreadable", reason).causedBy(e);
    }
}
