package org.guidancedesk.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words of the large demo ({@code large-demo.txt} beside this class): named lists of
 * lines, each line's fields separated by "|". Names of people are made up from its surnames
 * and given names.
 */
final class LargeDemoTexts {
    private static final String RESOURCE = "large-demo.txt";

    private final Map<String, List<String[]>> sections;

    private LargeDemoTexts(Map<String, List<String[]>> sections) {
        this.sections = sections;
    }

    static LargeDemoTexts load() {
        Map<String, List<String[]>> sections = new HashMap<>();
        try (InputStream in = LargeDemoTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(text.substring(1, text.length() - 1), current);
                } else if (current == null) {
                    throw new IllegalStateException(RESOURCE + ": a line before the first [section]: " + text);
                } else {
                    current.add(text.split("\\|", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LargeDemoTexts(sections);
    }

    /** The lines of a section, each split into its fields. */
    List<String[]> rows(String section) {
        List<String[]> rows = sections.get(section);
        if (rows == null) {
            throw new IllegalStateException(RESOURCE + " has no [" + section + "]");
        }
        return rows;
    }

    /** Every field of every line of a section, in order: a list of words. */
    List<String> words(String section) {
        return rows(section).stream().flatMap(Arrays::stream).toList();
    }

    /** One word of a section, chosen by {@code random}. */
    String pick(String section, Random random) {
        return pick(words(section), random);
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** A made-up person's name: a surname and one or two given characters. */
    String person(Random random) {
        return pick("surnames", random) + pick("given", random);
    }

    /** The text with every {n} replaced by a number from 2 to 40. */
    static String numbered(String text, Random random) {
        return text.replace("{n}", String.valueOf(2 + random.nextInt(39)));
    }
}
