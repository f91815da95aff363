package org.guidancedesk.service;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The words of the large demo ({@code large-demo.txt} beside this class): named lists of
 * lines, each line's fields separated by "|". Names of people are made up from its surnames
 * and given names.
 */
final class LargeDemoTexts {
    private static final String RESOURCE = "large-demo.txt";

    private final java.util.function.Function<String, List<String[]>> sections;

    private LargeDemoTexts(java.util.function.Function<String, List<String[]>> sections) {
        this.sections = sections;
    }

    static LargeDemoTexts load() {
        SectionedText text = SectionedText.read(LargeDemoTexts.class, RESOURCE);
        java.util.Map<String, List<String[]>> read = new java.util.HashMap<>();
        return new LargeDemoTexts(section -> read.computeIfAbsent(section,
                s -> text.rows(s).stream().map(SectionedText.Row::fields).toList()));
    }

    /** The lines of a section, each split into its fields. */
    List<String[]> rows(String section) {
        return sections.apply(section);
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
