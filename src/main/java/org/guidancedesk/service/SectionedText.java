package org.guidancedesk.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text shipped beside a class, of named sections: a line "[name]" starts one, the lines
 * after it are its rows with fields separated by "|"; "#" lines and blank lines are skipped.
 * Why: the large demo's words and the campaign templates are both written this way, readable
 * and editable in any text editor; each row keeps its line number for the messages.
 */
final class SectionedText {
    /** A row and the line it was read from (1 = the first line). */
    record Row(int line, String[] fields) {
        String field(int i) {
            return i < fields.length ? fields[i].strip() : "";
        }
    }

    private final String name;
    private final Map<String, List<Row>> sections;

    private SectionedText(String name, Map<String, List<Row>> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** Reads {@code resource} beside {@code owner}. */
    static SectionedText read(Class<?> owner, String resource) {
        Map<String, List<Row>> sections = new HashMap<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> current = null;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(text.substring(1, text.length() - 1), current);
                } else if (current == null) {
                    throw new IllegalStateException(resource + ":" + number + ": a line before the first [section]");
                } else {
                    current.add(new Row(number, text.split("\\|", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SectionedText(resource, sections);
    }

    /** The rows of a section. */
    List<Row> rows(String section) {
        List<Row> rows = sections.get(section);
        if (rows == null) {
            throw new IllegalStateException(name + " has no [" + section + "]");
        }
        return rows;
    }

    /** The rows of a section, none when it is absent. */
    List<Row> rowsIfAny(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /** "2021.txt:17": where a row was read, for a message. */
    String where(Row row) {
        return name + ":" + row.line();
    }
}
