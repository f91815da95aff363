package org.guidancedesk.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks sanitised text into lines no wider than a given width. Chinese may break between any
 * two characters; Latin words break at spaces and after a hyphen between letters (fix-|at-|once),
 * and are hard-broken only when longer than a whole line;
 * closing punctuation (，。、；：）」》 …) never starts a line and opening punctuation (（「《 …) never
 * ends one; {@code \n} forces a break.
 */
final class LineBreaker {

    /** One laid-out line: its text and width in points. */
    record Line(String text, float width) {
    }

    private static final float EPSILON = 0.01f;

    private final FaceChain font;

    LineBreaker(FaceChain font) {
        this.font = font;
    }

    /** The lines of {@code text} (already sanitised) at {@code size} points within {@code maxWidth}. */
    List<Line> wrap(String text, float size, float maxWidth) {
        float max = Math.max(maxWidth, size) * 1000f / size + EPSILON; // always room for one character
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            String para = nl < 0 ? text.substring(start) : text.substring(start, nl);
            wrapParagraph(para, size, max, lines);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    private void wrapParagraph(String para, float size, float max, List<Line> lines) {
        List<Segment> segments = segments(para);
        float spaceWidth = Math.max(font.width(' '), 0);
        StringBuilder line = new StringBuilder();
        float width = 0;
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            float spaces = s.spaces * spaceWidth;
            boolean keepSpaces = line.length() > 0 || k == 0; // leading spaces kept only at the start
            float needed = (keepSpaces ? spaces : 0) + s.width;
            if (width + needed <= max) {
                if (keepSpaces) {
                    line.append(" ".repeat(s.spaces));
                    width += spaces;
                }
                line.append(s.text);
                width += s.width;
                continue;
            }
            if (line.length() > 0) {
                lines.add(new Line(line.toString(), width * size / 1000f));
                line.setLength(0);
                width = 0;
            }
            if (s.width <= max) {
                line.append(s.text);
                width = s.width;
                continue;
            }
            // Longer than a whole line: break it by characters.
            for (int i = 0; i < s.text.length(); ) {
                int cp = s.text.codePointAt(i);
                float cw = Math.max(font.width(cp), 0);
                if (width + cw > max && line.length() > 0) {
                    lines.add(new Line(line.toString(), width * size / 1000f));
                    line.setLength(0);
                    width = 0;
                }
                line.appendCodePoint(cp);
                width += cw;
                i += Character.charCount(cp);
            }
        }
        lines.add(new Line(line.toString(), width * size / 1000f));
    }

    /**
     * The width in points of the widest piece of {@code text} (already sanitised) that a line
     * never breaks: its longest word with the punctuation that clings to it. A column at least
     * this wide holds every word whole.
     */
    float longestWord(String text, float size) {
        float widest = 0;
        for (String para : text.split("\n", -1)) {
            for (Segment s : segments(para)) {
                widest = Math.max(widest, s.width);
            }
        }
        return widest * size / 1000f;
    }

    /** A run that stays on one line if it can, with the number of spaces before it. */
    private record Segment(int spaces, String text, float width) {
    }

    private List<Segment> segments(String para) {
        List<Segment> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int spaces = 0;
        boolean curWord = false; // the current run is a Latin word (letters, digits, ASCII marks)
        boolean closed = false; // the current run ended in closing punctuation after Chinese
        boolean glue = false; // the current run ends in opening punctuation
        for (int i = 0; i < para.length(); ) {
            int cp = para.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                if (cur.length() > 0) {
                    out.add(segment(spaces, cur));
                    spaces = 0;
                    glue = false;
                    closed = false;
                }
                spaces++;
                continue;
            }
            boolean word = isWordChar(cp);
            if (cur.length() > 0) {
                if (isClosing(cp)) {
                    cur.appendCodePoint(cp);
                    closed = closed || !curWord;
                    glue = false;
                    continue;
                }
                if (glue || (word && curWord && !closed && !afterHyphen(cur, cp))) {
                    cur.appendCodePoint(cp);
                    curWord = word;
                    glue = isOpening(cp);
                    continue;
                }
                out.add(segment(spaces, cur));
                spaces = 0;
            }
            cur.appendCodePoint(cp);
            curWord = word;
            closed = false;
            glue = isOpening(cp);
        }
        if (cur.length() > 0) {
            out.add(segment(spaces, cur));
        }
        return out;
    }

    private Segment segment(int spaces, StringBuilder text) {
        String s = text.toString();
        text.setLength(0);
        return new Segment(spaces, s, font.width(s));
    }

    /** A word may break after a hyphen between two letters ("fix-at-once"), not in "2026-11" or "-5". */
    private static boolean afterHyphen(StringBuilder cur, int next) {
        int n = cur.length();
        return n >= 2 && cur.charAt(n - 1) == '-' && Character.isLetter(cur.charAt(n - 2)) && Character.isLetter(next);
    }

    /** Latin letters, digits and marks that join into words; Chinese, kana and the like do not. */
    static boolean isWordChar(int cp) {
        if (cp >= 0x2E80) {
            return false;
        }
        return !(cp == 0x25A1 || cp == 0x2014 || cp == 0x2026 || (cp >= 0x2018 && cp <= 0x201F)
                || (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x2100 && cp <= 0x214F)
                || (cp >= 0x25A0 && cp <= 0x25FF) || (cp >= 0x2600 && cp <= 0x27BF));
    }

    /** Punctuation that must not begin a line. */
    static boolean isClosing(int cp) {
        switch (cp) {
            case '，', '。', '、', '；', '：', '？', '！', '）', '」', '』', '》', '〉', '】', '〕', '〗', '〙',
                    '］', '｝', '”', '’', '…', '．', '％', '‰', '℃', '·', '〃', '々', '～',
                    ',', '.', ';', ':', '!', '?', ')', ']', '}', '%' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Punctuation that must not end a line. */
    static boolean isOpening(int cp) {
        switch (cp) {
            case '（', '「', '『', '《', '〈', '【', '〔', '〖', '〘', '［', '｛', '“', '‘', '(', '[', '{' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
