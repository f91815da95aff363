package org.guidancedesk.report.pdf;

import java.nio.file.Path;

/**
 * Which of the office's own faces the PDF is set in on this machine ({@link SystemFonts}):
 * 方正小标宋 for the title, 黑体 for 一、 headings, 楷体 for （一） headings. The Word copy follows
 * the PDF by it: it names 小标宋 for the title only where the PDF found it (else 宋体), and
 * thickens a heading only where the PDF does, when the heading's own face is missing.
 */
public record OfficeFaces(boolean xiaoBiaoSong, boolean heiTi, boolean kaiTi) {
    /** Every face there: nothing thickened, 小标宋 named (a 公文 set for a machine that has them). */
    public static final OfficeFaces ALL = new OfficeFaces(true, true, true);
    /** None of them: the bundled face everywhere, headings thickened. */
    public static final OfficeFaces NONE = new OfficeFaces(false, false, false);

    /** As the PDF finds them on this machine (looked for once per process, with the PDF's faces). */
    public static OfficeFaces ofSystem() {
        return of(Fonts.system());
    }

    static OfficeFaces of(Fonts fonts) {
        Face title = fonts.of(FontRole.TITLE).primary();
        boolean xiaoBiaoSong = !title.isBundled() && FontRole.Files.XIAO_BIAO_SONG.stream()
                .anyMatch(name -> name.equalsIgnoreCase(fileName(title.source())));
        return new OfficeFaces(xiaoBiaoSong, !fonts.of(FontRole.HEADING).primary().isBundled(),
                !fonts.of(FontRole.SUBHEADING).primary().isBundled());
    }

    private static String fileName(String source) {
        Path name = Path.of(source).getFileName();
        return name == null ? "" : name.toString();
    }
}
