package org.guidancedesk.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The font of one role on the page (body, heading…): the user's face when there is one, and
 * the bundled face for the characters it lacks (a 仿宋 without "◐" still prints the light).
 * Line breaking measures with it and drawing splits a line into runs of one face each.
 */
final class FaceChain {
    /** Drawn instead of a character no face has (emoji, rare symbols). */
    static final int FALLBACK = '\u25A1'; // □

    /** A piece of a line drawn in one face. */
    record Run(Face face, String text) {}

    private final Face primary;
    /**
     * The bundled face, read only when the primary lacks a character: reading it (5 MB out of
     * the jar) was a third of a fresh `report weekly` on a machine whose own fonts draw it all.
     */
    private final java.util.function.Supplier<Face> bundled;

    FaceChain(Face primary, java.util.function.Supplier<Face> bundled) {
        this.primary = primary;
        this.bundled = bundled;
    }

    /** The bundled face alone. */
    static FaceChain bundledOnly() {
        Face b = Face.bundled();
        return new FaceChain(b, () -> b);
    }

    Face primary() {
        return primary;
    }

    /** The face that draws {@code cp}, or null when none does. */
    private Face faceOf(int cp) {
        if (primary.has(cp)) {
            return primary;
        }
        Face b = bundled.get();
        return b.has(cp) ? b : null;
    }

    boolean has(int codePoint) {
        return faceOf(codePoint) != null;
    }

    /** Advance width in 1/1000 em, or -1 when no face has the code point. */
    float width(int codePoint) {
        Face f = faceOf(codePoint);
        return f == null ? -1f : f.width(codePoint);
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

    /** Ascent above the baseline as a fraction of the font size (the primary face's). */
    float ascent() {
        return primary.ascent();
    }

    /** Descent below the baseline as a fraction of the font size (positive). */
    float descent() {
        return primary.descent();
    }

    /** A sanitised line cut into runs of one face each, in order. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        Face current = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Face f = faceOf(cp);
            f = f == null ? primary : f;
            if (current != null && f != current) {
                runs.add(new Run(current, text.substring(start, i)));
                start = i;
            }
            current = f;
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new Run(current, text.substring(start)));
        }
        return runs;
    }

    /**
     * The text as the faces can draw it: tabs become spaces, {@code \r\n} and {@code \r} become
     * {@code \n}, other control and invisible formatting characters (zero-width joiners,
     * variation selectors) are dropped, and each character no face has becomes □.
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
