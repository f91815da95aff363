package org.guidancedesk.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Open Packaging Conventions file (.xlsx, .docx) being written: a zip of UTF-8 parts, each
 * dated the same fixed moment so that the same parts give the same bytes (a file exported twice
 * compares equal, an archived copy can be checked). The caller writes every part, the
 * {@code [Content_Types].xml} and the {@code .rels} ones included (see {@link #contentTypes} and
 * {@link #relationships}), in any order. {@link #finish()} leaves the stream open.
 */
public final class PackageZip {
    /** Relationship types (and the {@code r:} namespace of the parts) of the office document. */
    public static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The relationship type of the package's core properties (title, author). */
    public static final String CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    /** Zip time is local time without a zone: set as such, so the bytes do not depend on the machine's zone. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** A part whose content type is not the default of its extension (.rels, .xml). */
    public record Override(String part, String contentType) {}

    /** A relationship of a part (or of the package) to a target part. */
    public record Link(String id, String type, String target) {}

    private final ZipOutputStream zip;
    private final Writer writer;

    /** {@code level} is the Deflater's (e.g. {@code Deflater.BEST_SPEED} for a large workbook). */
    public PackageZip(OutputStream out, int level) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(level);
        this.writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }

    /** Writes a whole part. */
    public void part(String name, String xml) throws IOException {
        begin(name).write(xml);
        end();
    }

    /** Starts a part to stream into; {@link #end()} closes it. */
    public Writer begin(String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        return writer;
    }

    public void end() throws IOException {
        writer.flush();
        zip.closeEntry();
    }

    /** Completes the zip; the stream stays open. */
    public void finish() throws IOException {
        zip.finish();
        zip.flush();
    }

    /** The {@code [Content_Types].xml}: .rels and .xml by default, the given parts by name. */
    public static String contentTypes(List<Override> overrides) {
        StringBuilder b = new StringBuilder(Xml.HEAD)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        for (Override o : overrides) {
            b.append("<Override PartName=\"/").append(o.part()).append("\" ContentType=\"").append(o.contentType()).append("\"/>");
        }
        return b.append("</Types>").toString();
    }

    /** A {@code .rels} part. */
    public static String relationships(List<Link> links) {
        StringBuilder b = new StringBuilder(Xml.HEAD)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (Link l : links) {
            b.append("<Relationship Id=\"").append(l.id()).append("\" Type=\"").append(l.type()).append("\" Target=\"");
            Xml.escape(l.target(), b);
            b.append("\"/>");
        }
        return b.append("</Relationships>").toString();
    }
}
