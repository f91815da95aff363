package org.guidancedesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own 黑体, 仿宋… chosen from a font folder (a fake one here), else the bundled face. */
class SystemFontsTest {
    @TempDir
    Path fonts;

    /** A real TrueType collection under a Windows font's name (its header says what it is, not its name). */
    private void fontNamed(String name) throws IOException {
        try (InputStream in = Face.class.getResourceAsStream(Face.RESOURCE)) {
            Files.copy(in, fonts.resolve(name));
        }
    }

    @Test
    void eachRoleTakesTheUsersFaceWhenThereIsAUsableOne() throws IOException {
        fontNamed("SimHei.TTF");
        Files.write(fonts.resolve("simfang.ttf"), new byte[] {0, 1, 0, 0, 9, 9, 9}); // broken: passed over
        Files.writeString(fonts.resolve("simkai.ttf"), "not a font at all");

        Fonts chosen = SystemFonts.in(List.of(fonts.resolve("missing"), fonts));
        assertEquals(fonts.resolve("SimHei.TTF").toString(), chosen.of(FontRole.HEADING).primary().source(),
                "found without regard to case");
        for (FontRole role : List.of(FontRole.BODY, FontRole.SUBHEADING, FontRole.TITLE, FontRole.TABLE)) {
            assertTrue(chosen.of(role).primary().isBundled(), role + " falls back to the bundled face");
        }
    }

    @Test
    void theWordCopyIsToldWhichOfficeFacesThePdfFound() throws IOException {
        assertEquals(OfficeFaces.NONE, OfficeFaces.of(SystemFonts.in(List.of(fonts))), "an empty folder: none");
        fontNamed("simsun.ttc");
        assertEquals(OfficeFaces.NONE, OfficeFaces.of(SystemFonts.in(List.of(fonts))), "宋体 is no 小标宋");
        fontNamed("fzxbsjw.ttf");
        fontNamed("simhei.ttf");
        assertEquals(new OfficeFaces(true, true, false), OfficeFaces.of(SystemFonts.in(List.of(fonts))));
    }

    @Test
    void aSheetSetInTheUsersFaceEmbedsItBesideTheBundledOneAndReadsTheSame() throws IOException {
        fontNamed("simhei.ttf");
        Sheet sheet = new Sheet("周报", "", List.of(new Block.Title("中央第十八指导组工作进展周报", "第6周"),
                new Block.Heading(1, "一、本周工作"), Block.Paragraph.of("与6家单位53位同志进行了谈话。")), "— {0} —");

        String mine = text(render(sheet, SystemFonts.in(List.of(fonts))));
        String bundled = text(render(sheet, Fonts.bundledOnly()));
        assertEquals(bundled, mine, "the same text, searchable");
        assertEquals(2, fontCount(render(sheet, SystemFonts.in(List.of(fonts)))), "the heading's face and the body's");
        assertEquals(1, fontCount(render(sheet, Fonts.bundledOnly())));
    }

    @Test
    void theSystemsFontFoldersOrTheOnesTheUserNames() {
        Path home = Path.of("/home/li");
        assertEquals(List.of(Path.of("D:\\Windows", "Fonts"), Path.of("C:\\Users\\li\\AppData\\Local", "Microsoft", "Windows", "Fonts")),
                SystemFonts.folders(null, "Windows 11", home, "D:\\Windows", "C:\\Users\\li\\AppData\\Local"));
        assertTrue(SystemFonts.folders(null, "Mac OS X", home, null, null).contains(Path.of("/System/Library/Fonts/Supplemental")));
        assertTrue(SystemFonts.folders(null, "Linux", home, null, null).contains(home.resolve(".local/share/fonts")));
        assertEquals(List.of(Path.of("/opt/fonts"), Path.of("/mnt/c/Windows/Fonts")),
                SystemFonts.folders("/opt/fonts" + java.io.File.pathSeparator + " /mnt/c/Windows/Fonts ", "Linux", home, null, null));
    }

    private static byte[] render(Sheet sheet, Fonts fonts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetPdf.render(sheet, fonts, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static int fontCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSName> names = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                page.getResources().getFontNames().forEach(names::add);
            }
            return names.size();
        }
    }
}
