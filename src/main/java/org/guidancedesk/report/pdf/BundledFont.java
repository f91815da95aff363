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
 * The bundled WenQuanYi Micro Hei face (TrueType outlines, so PDFBox can subset-embed it),
 * read and parsed once per process. Measuring (advance widths, which characters the font has)
 * needs no PDF document and is safe from any thread; {@link #newPdfFont} makes the per-document
 * {@link PDType0Font} and must run, like the document's saving (subsetting reads the shared
 * font), while holding {@link #lock()}.
 */
final class BundledFont {

    static final String RESOURCE = "/org/guidancedesk/report/fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYiMicroHei";

    /** Drawn instead of a character the font lacks (emoji, rare symbols). */
    static final int FALLBACK = '\u25A1'; // □

    private static volatile BundledFont instance;

    private final TrueTypeCollection collection; // kept open: the face reads from it
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final HorizontalMetricsTable hmtx;
    private final float toThousandths;
    /** Advance width in 1/1000 em for each BMP character, or -1 when the font has no glyph. */
    private final float[] bmpWidths = new float[0x10000];
    private final float ascent;
    private final float descent;
    private final Object lock = new Object();

    private BundledFont() throws IOException {
        InputStream in = BundledFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("font resource missing: " + RESOURCE);
        }
        try (in) {
            collection = new TrueTypeCollection(in);
        }
        TrueTypeFont face = collection.getFontByName(FACE);
        if (face == null) {
            collection.close();
            throw new IOException("no face " + FACE + " in " + RESOURCE);
        }
        ttf = face;
        cmap = ttf.getUnicodeCmapLookup(false);
        hmtx = ttf.getHorizontalMetrics();
        toThousandths = 1000f / ttf.getUnitsPerEm();
        ascent = ttf.getHorizontalHeader().getAscender() * toThousandths / 1000f;
        descent = -ttf.getHorizontalHeader().getDescender() * toThousandths / 1000f;
        Arrays.fill(bmpWidths, -1f);
        for (int cp = 0; cp < 0x10000; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0) {
                bmpWidths[cp] = advance(gid);
            }
        }
        // Parse now, in one thread, the tables the PDF embedder reads later.
        ttf.getHeader();
        ttf.getOS2Windows();
        ttf.getPostScript();
        ttf.getNaming();
    }

    /** The font, loaded on first use. Throws {@link UncheckedIOException} if the resource is broken. */
    static BundledFont get() {
        BundledFont f = instance;
        if (f == null) {
            synchronized (BundledFont.class) {
                f = instance;
                if (f == null) {
                    try {
                        f = new BundledFont();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the bundled font " + RESOURCE, e);
                    }
                    instance = f;
                }
            }
        }
        return f;
    }

    /** Held while a document is made from this font and saved. */
    Object lock() {
        return lock;
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
            return bmpWidths[codePoint];
        }
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

    /**
     * The text as the font can draw it: tabs become spaces, {@code \r\n} and {@code \r} become
     * {@code \n}, other control and invisible formatting characters (zero-width joiners,
     * variation selectors) are dropped, and each character the font lacks becomes □.
     */
    String sanitise(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            int mapped = map(cp, i + len < n ? text.charAt(i + len) : -1);
            if (out == null && mapped != cp) {
                out = new StringBuilder(n);
                out.append(text, 0, i);
            }
            if (out != null && mapped >= 0) {
                out.appendCodePoint(mapped);
            }
            i += len;
        }
        return out == null ? text : out.toString();
    }

    /** The code point to draw for {@code cp}, or -1 to drop it. */
    private int map(int cp, int next) {
        if (cp == '\n') {
            return cp;
        }
        if (cp == '\t') {
            return ' ';
        }
        if (cp == '\r') {
            return next == '\n' ? -1 : '\n';
        }
        if (Character.getType(cp) == Character.CONTROL || isInvisible(cp)) {
            return -1;
        }
        return has(cp) ? cp : (has(FALLBACK) ? FALLBACK : '?');
    }

    private static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) // zero-width space, joiners, direction marks
                || (cp >= 0x2060 && cp <= 0x2064)
                || cp == 0xFEFF
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors (emoji presentation)
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x1F3FB && cp <= 0x1F3FF); // skin tone modifiers
    }
}
