package org.guidancedesk.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.i18n.I18n;

/**
 * 使用指南: the short offline guide, read from {@code guide.txt} (Chinese) or
 * {@code guide_en.txt} beside this class, with this machine's real paths filled in. A line
 * starting with "# " begins a part; the other lines are its paragraphs.
 */
public final class HelpGuide {
    /** One part of the guide: a heading and its lines. */
    public record Part(String heading, List<String> lines) {}

    private HelpGuide() {}

    public static List<Part> parts(I18n i18n, HelpPaths paths) {
        String text = read("zh".equals(i18n.languageTag()) ? "guide.txt" : "guide_" + i18n.languageTag() + ".txt")
                .replace("{file}", paths.file() == null ? i18n.tr("help.noFile") : paths.file().toString())
                .replace("{backups}", paths.backups().toString())
                .replace("{data}", paths.data().toString());
        List<Part> parts = new ArrayList<>();
        String heading = null;
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# ")) {
                if (heading != null) {
                    parts.add(new Part(heading, List.copyOf(lines)));
                }
                heading = line.substring(2).strip();
                lines.clear();
            } else if (!line.isBlank() && heading != null) {
                lines.add(line.strip());
            }
        }
        if (heading != null) {
            parts.add(new Part(heading, List.copyOf(lines)));
        }
        return parts;
    }

    private static String read(String name) {
        try (InputStream in = HelpGuide.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the guide is missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
