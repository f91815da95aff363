package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guidancedesk.i18n.I18n;
import org.junit.jupiter.api.Test;

class SettingsBundleTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SettingsBundleTest.class.getResourceAsStream("/org/guidancedesk/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("settings.properties").stringPropertyNames()),
                new TreeSet<>(load("settings_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheSectionUsesExistsInBothLanguages() throws IOException {
        Pattern key = Pattern.compile("\"((?:settings|field)\\.[A-Za-z.]*[A-Za-z])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/guidancedesk/ui/settings"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (String group : new String[] {"name", "campaign", "start", "end", "secretary"}) {
            used.add("field.group." + group);
        }
        assertTrue(used.size() > 40);
        for (String lang : new String[] {"zh", "en"}) {
            I18n i18n = I18n.forLanguage(lang);
            for (String k : used) {
                assertTrue(i18n.has(k), lang + " lacks " + k);
            }
        }
    }
}
