package org.guidancedesk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the package throws has a text in both languages, and every text formats. */
class TabularBundleTest {
    private static final Pattern KEY = Pattern.compile("\"(tabular\\.[a-zA-Z0-9.]+)\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TabularBundleTest.class.getResourceAsStream("/org/guidancedesk/i18n/" + resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysInSources() throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/org/guidancedesk/tabular");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyThrownIsInBothBundlesAndNoneIsUnused() throws IOException {
        Set<String> used = keysInSources();
        assertTrue(used.size() >= 20, used.toString());
        for (String bundle : new String[] {"tabular.properties", "tabular_en.properties"}) {
            Set<String> defined = new TreeSet<>(load(bundle).stringPropertyNames());
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(defined);
            assertEquals(Set.of(), missing, "missing from " + bundle);
            Set<String> unused = new TreeSet<>(defined);
            unused.removeAll(used);
            assertEquals(Set.of(), unused, "not used, in " + bundle);
        }
    }

    @Test
    void everyTextFormatsWithTheArgumentsAnExceptionCarries() throws IOException {
        Object[] args = new TableFileException("台账.xlsx", 7, 2, "k", "xl/worksheets/sheet1.xml", 50).args();
        for (String bundle : new String[] {"tabular.properties", "tabular_en.properties"}) {
            Properties p = load(bundle);
            Locale locale = bundle.contains("_en") ? Locale.ENGLISH : Locale.CHINESE;
            for (String key : p.stringPropertyNames()) {
                String text = new MessageFormat(p.getProperty(key), locale).format(args);
                assertTrue(text.contains("台账.xlsx"), bundle + " " + key + " names the file: " + text);
                assertFalse(text.contains("{") || text.contains("}"), bundle + " " + key + ": " + text);
                if (p.getProperty(key).contains("{2}")) {
                    assertTrue(p.getProperty(key).contains("{1}"), key + ": a column is always given with its row");
                }
            }
        }
    }

    @Test
    void theChineseTextsAreChinese() throws IOException {
        Properties zh = load("tabular.properties");
        for (String key : zh.stringPropertyNames()) {
            assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    key);
        }
    }
}
