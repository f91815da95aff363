package org.guidancedesk.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.report.pdf.PageLayout.Fill;
import org.guidancedesk.report.pdf.PageLayout.Op;
import org.guidancedesk.report.pdf.PageLayout.Page;
import org.guidancedesk.report.pdf.PageLayout.Rule;
import org.guidancedesk.report.pdf.PageLayout.Text;

/**
 * Renders a {@link Sheet} to an A4 PDF (upright, or on its side when the sheet says so) in the manner of a Chinese office document: title
 * centred and bold, numbered headings bold, body in 10.5 pt (五号), thin-ruled tables whose
 * header row repeats on every page, black text, the footer (e.g. "— 1 —") centred at each
 * page's foot. Text is set in the user's own office faces when the system has them (小标宋 or
 * 宋体 for the title, 黑体 and 楷体 for headings, 仿宋 for text, 宋体 for tables: {@link SystemFonts}),
 * else in the bundled WenQuanYi Micro Hei, which also draws what a face lacks; each face is
 * subset-embedded with a ToUnicode map so the Chinese can be searched and copied. Bold is
 * simulated by stroking the glyph outlines. Characters no face has print as □; nothing in the
 * text makes rendering fail.
 *
 * <p>The faces are found and read once per process (the first render, or {@link #preload()});
 * each document gets its own embedded subsets. Safe to call from any thread; renders' embedding
 * and saving are serialised.
 */
public final class SheetPdf {

    /** The PDF's Creator entry. */
    public static final String CREATOR = "GuidanceDesk";

    /** Width of the outline stroke that makes regular glyphs look bold, per point of font size. */
    private static final float BOLD_STROKE = 0.03f;

    private SheetPdf() {
    }

    /**
     * The sheet as PDF bytes.
     *
     * @throws UncheckedIOException only if the bundled font cannot be read (a broken build)
     */
    public static byte[] render(Sheet sheet) {
        return renderCounted(sheet).bytes();
    }

    /** PDF bytes and the number of pages the layout made (no need to parse the bytes again). */
    public record Pdf(byte[] bytes, int pages) {}

    /** The sheet as PDF bytes, with its page count. */
    public static Pdf renderCounted(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages = render(sheet, out);
        return new Pdf(out.toByteArray(), pages);
    }

    /**
     * Writes the sheet as PDF to {@code out} (not closed); returns its number of pages.
     *
     * @throws UncheckedIOException if the bundled font cannot be read or {@code out} fails
     */
    public static int render(Sheet sheet, OutputStream out) {
        return render(sheet, Fonts.system(), out);
    }

    /** The same, set in the given faces (a test's, the machine's own being looked for once in {@link Fonts#system()}). */
    static int render(Sheet sheet, Fonts fonts, OutputStream out) {
        List<Page> pages = new PageLayout(fonts).layOut(sheet);
        try {
            synchronized (Face.lock()) {
                write(sheet, pages, fonts.of(FontRole.BODY), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sheet's PDF", e);
        }
        return pages.size();
    }

    /**
     * Reads and parses the bundled font and renders a small throwaway sheet, so that the first real
     * render is quick (cold, the font takes about 0.15 s and PDFBox's first document another 0.1 s).
     * For a background thread at start-up; cheap after the first call.
     *
     * @throws UncheckedIOException if the bundled font cannot be read
     */
    public static void preload() {
        Fonts.system();
        if (!warm) {
            render(new Sheet("预热", "", List.of(new Block.Title("预热", "2026年11月24日"),
                    new Block.Table(List.of(new Block.Column("序号", 1, Block.Align.CENTER)), List.of(List.of("1"))),
                    Block.Paragraph.of("预热")), "— {0} —"), OutputStream.nullOutputStream());
            warm = true;
        }
    }

    private static volatile boolean warm;

    /** The footer text for a page: the pattern with {0} the page number and {1} the page count. */
    static String footer(String pattern, int page, int pageCount) {
        try {
            return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {page, pageCount});
        } catch (IllegalArgumentException badPattern) {
            return pattern.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(pageCount));
        }
    }

    private static void write(Sheet sheet, List<Page> pages, FaceChain footerFont, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            // Each face is embedded once, when a run first needs it; a subset of what it drew.
            java.util.Map<Face, PDType0Font> pdfFonts = new java.util.HashMap<>();
            PageLayout.Paper paper = PageLayout.Paper.of(sheet.orientation());
            PDRectangle size = new PDRectangle(paper.width(), paper.height());
            int count = pages.size();
            for (int i = 0; i < count; i++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    for (Op op : pages.get(i).ops()) {
                        draw(cs, document, pdfFonts, op, paper.height());
                    }
                    String footer = footerFont.sanitise(footer(sheet.footerPattern(), i + 1, count)).replace('\n', ' ');
                    if (!footer.isBlank()) {
                        float width = footerFont.width(footer) * PageLayout.FOOTER_SIZE / 1000f;
                        draw(cs, document, pdfFonts, new Text((paper.width() - width) / 2, paper.footerBaseline(),
                                footer, footerFont, PageLayout.FOOTER_SIZE, false, PageLayout.BLACK), paper.height());
                    }
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheet.documentTitle());
            if (!sheet.author().isEmpty()) {
                info.setAuthor(sheet.author());
            }
            info.setCreator(CREATOR);
            document.getDocumentCatalog().setLanguage("zh-CN");
            PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
            prefs.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(prefs);
            document.getDocument().setDocumentID(documentId(sheet));
            document.save(out);
        }
    }

    /**
     * The trailer's /ID from the sheet's content, so the same sheet gives the same bytes (PDFBox
     * would otherwise derive it from the clock).
     */
    private static COSArray documentId(Sheet sheet) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("MD5").digest(sheet.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        return id;
    }

    private static void draw(PDPageContentStream cs, PDDocument document, java.util.Map<Face, PDType0Font> pdfFonts,
                             Op op, float top) throws IOException {
        if (op instanceof Text t) {
            cs.beginText();
            setColour(cs, t.rgb());
            // The rendering mode is graphics state: it outlives the text object, so always set it.
            cs.setRenderingMode(t.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            if (t.bold()) {
                cs.setStrokingColor(red(t.rgb()), green(t.rgb()), blue(t.rgb()));
                cs.setLineWidth(t.size() * BOLD_STROKE);
            }
            cs.setTextMatrix(Matrix.getTranslateInstance(t.x(), top - t.baseline()));
            for (FaceChain.Run run : t.font().runs(t.text())) {
                PDType0Font font = pdfFonts.get(run.face());
                if (font == null) {
                    font = run.face().newPdfFont(document);
                    pdfFonts.put(run.face(), font);
                }
                cs.setFont(font, t.size());
                cs.showText(run.text());
            }
            cs.endText();
        } else if (op instanceof Rule r) {
            cs.setStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(r.width());
            cs.moveTo(r.x1(), top - r.y1());
            cs.lineTo(r.x2(), top - r.y2());
            cs.stroke();
        } else if (op instanceof Fill f) {
            setColour(cs, f.rgb());
            cs.addRect(f.x(), top - f.y() - f.height(), f.width(), f.height());
            cs.fill();
        }
    }

    private static void setColour(PDPageContentStream cs, int rgb) throws IOException {
        cs.setNonStrokingColor(red(rgb), green(rgb), blue(rgb));
    }

    private static float red(int rgb) {
        return ((rgb >> 16) & 0xFF) / 255f;
    }

    private static float green(int rgb) {
        return ((rgb >> 8) & 0xFF) / 255f;
    }

    private static float blue(int rgb) {
        return (rgb & 0xFF) / 255f;
    }
}
