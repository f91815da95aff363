package org.guidancedesk.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One TrueType face (TrueType outlines, so PDFBox can subset-embed it), read and parsed once:
 * the bundled WenQuanYi Micro Hei, or a face of the user's own (仿宋, 黑体… found by
 * {@link SystemFonts}). Measuring (advance widths, which characters the face has) needs no PDF
 * document and is safe from any thread; {@link #newPdfFont} makes the per-document
 * {@link PDType0Font} and must run, like the document's saving (subsetting reads the shared
 * face), while holding {@link #lock()}.
 */
final class Face {

    static final String RESOURCE = "/org/guidancedesk/report/fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYiMicroHei";
    /** What {@link #source()} says of the bundled face. */
    static final String BUNDLED = "bundled";

    /** One lock for every face: a document embeds several, and saving reads them all. */
    private static final Object LOCK = new Object();

    private static volatile Face bundled;

    private final java.io.Closeable owner; // kept open: the face reads from it
    private final TrueTypeFont ttf;
    private final String source;
    private final CmapLookup cmap;
    private final HorizontalMetricsTable hmtx;
    private final float toThousandths;
    /**
     * Advance width in 1/1000 em for each BMP character, or -1 when the font has no glyph; NaN
     * until first asked. Filled on demand: all 65,536 at once cost a fresh `report weekly` ~60 ms
     * a face (interpreted, before the JIT), and a sheet asks for a few hundred. The tables it
     * reads are parsed in the constructor and only read after, so any thread may fill a slot
     * (a float is written whole, and every thread writes the same value).
     */
    private final float[] bmpWidths = new float[0x10000];
    private final float ascent;
    private final float descent;

    private Face(java.io.Closeable owner, TrueTypeFont face, String source) throws IOException {
        this.owner = owner;
        this.ttf = face;
        this.source = source;
        cmap = ttf.getUnicodeCmapLookup(false);
        hmtx = ttf.getHorizontalMetrics();
        toThousandths = 1000f / ttf.getUnitsPerEm();
        ascent = ttf.getHorizontalHeader().getAscender() * toThousandths / 1000f;
        descent = -ttf.getHorizontalHeader().getDescender() * toThousandths / 1000f;
        Arrays.fill(bmpWidths, Float.NaN);
        // Parse now, in one thread, the tables the PDF embedder reads later.
        ttf.getHeader();
        ttf.getOS2Windows();
        ttf.getPostScript();
        ttf.getNaming();
    }

    /** The bundled face, loaded on first use. Throws {@link UncheckedIOException} if the resource is broken. */
    static Face bundled() {
        Face f = bundled;
        if (f == null) {
            synchronized (Face.class) {
                f = bundled;
                if (f == null) {
                    try {
                        f = readBundled();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the bundled font " + RESOURCE, e);
                    }
                    bundled = f;
                }
            }
        }
        return f;
    }

    private static Face readBundled() throws IOException {
        InputStream in = Face.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("font resource missing: " + RESOURCE);
        }
        TrueTypeCollection collection;
        try (in) {
            collection = new TrueTypeCollection(in);
        }
        TrueTypeFont face = collection.getFontByName(FACE);
        if (face == null) {
            collection.close();
            throw new IOException("no face " + FACE + " in " + RESOURCE);
        }
        return new Face(collection, face, BUNDLED);
    }

    /**
     * A face of a font file (.ttf, or a collection .ttc whatever its name says): the first of
     * {@code preferred} it holds, else its first face. Refused (IOException) unless it has
     * TrueType outlines (a CFF face cannot be embedded) and draws Chinese.
     */
    static Face read(java.nio.file.Path file, java.util.List<String> preferred) throws IOException {
        java.io.Closeable owner;
        TrueTypeFont face = null;
        if (isCollection(file)) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            owner = collection;
            for (String name : preferred) {
                face = face != null ? face : collection.getFontByName(name);
            }
            if (face == null) {
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> first[0] = first[0] == null ? f : first[0]);
                face = first[0];
            }
        } else {
            face = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
            owner = face;
        }
        try {
            if (face == null || !face.getTableMap().containsKey("glyf")) {
                throw new IOException("no TrueType outlines in " + file);
            }
            Face read = new Face(owner, face, file.toString());
            if (!read.has('中') || !read.has('国')) {
                throw new IOException("no Chinese in " + file);
            }
            return read;
        } catch (IOException | RuntimeException e) {
            owner.close();
            throw e;
        }
    }

    private static boolean isCollection(java.nio.file.Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] tag = in.readNBytes(4);
            return new String(tag, java.nio.charset.StandardCharsets.US_ASCII).equals("ttcf");
        }
    }

    /** Where the face came from: {@link #BUNDLED}, or the font file's path. */
    String source() {
        return source;
    }

    boolean isBundled() {
        return BUNDLED.equals(source);
    }

    /** Held while a document is made from faces and saved (one lock for all of them). */
    static Object lock() {
        return LOCK;
    }

    /** A subset-embedded Type 0 font for one document; call while holding {@link #lock()}. */
    PDType0Font newPdfFont(PDDocument document) throws IOException {
        return PDType0Font.load(document, ttf, true);
    }

    /** Whether the font has a glyph for this code point. */
    boolean has(int codePoint) {
        return width(codePoint) >= 0;
    }

    /** Advance width in 1/1000 em, or -1 when the font has no glyph for the code point. */
    float width(int codePoint) {
        if (codePoint < 0x10000) {
            float w = bmpWidths[codePoint];
            if (Float.isNaN(w)) {
                w = lookUp(codePoint);
                bmpWidths[codePoint] = w;
            }
            return w;
        }
        return lookUp(codePoint);
    }

    private float lookUp(int codePoint) {
        int gid = cmap.getGlyphId(codePoint);
        return gid > 0 ? advance(gid) : -1f;
    }

    /** A glyph's advance in whole 1/1000 em, as PDFBox writes it in the embedded font's widths. */
    private float advance(int gid) {
        return Math.round(hmtx.getAdvanceWidth(gid) * toThousandths);
    }

    /** Width of (sanitised) text in 1/1000 em. */
    float width(CharSequence text) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            float cw = width(cp);
            w += cw < 0 ? 0 : cw;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Ascent above the baseline as a fraction of the font size. */
    float ascent() {
        return ascent;
    }

    /** Descent below the baseline as a fraction of the font size (positive). */
    float descent() {
        return descent;
    }
}
