package org.guidancedesk.ui.worklog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The section's bundle: the same keys in Chinese and English, none empty. */
class WorklogUiBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = WorklogUiBundleTest.class.getResourceAsStream("/org/guidancedesk/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryKeyAndNoneIsEmpty() throws Exception {
        Properties zh = load("worklogui.properties");
        Properties en = load("worklogui_en.properties");
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        assertEquals(Set.of(), onlyZh, "only in Chinese");
        assertEquals(Set.of(), onlyEn, "only in English");
        for (Properties p : new Properties[] {zh, en}) {
            p.stringPropertyNames().forEach(k -> assertFalse(p.getProperty(k).isBlank(), k + " is empty"));
        }
    }
}
