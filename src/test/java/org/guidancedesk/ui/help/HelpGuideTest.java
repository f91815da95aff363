package org.guidancedesk.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.guidancedesk.i18n.I18n;
import org.junit.jupiter.api.Test;

/** The guide in both languages: the same parts, every section named, the real paths filled in. */
class HelpGuideTest {
    private final HelpPaths paths = new HelpPaths(Path.of("/home/mishu/工作台.db"),
            Path.of("/home/mishu/.local/share/guidance-desk/backups/工作台-1a2b3c4d"),
            Path.of("/home/mishu/.local/share/guidance-desk"));

    @Test
    void bothLanguagesHaveTheSamePartsWithThePathsAndEverySection() {
        for (String lang : I18n.LANGUAGES) {
            I18n i18n = I18n.forLanguage(lang);
            List<HelpGuide.Part> parts = HelpGuide.parts(i18n, paths);
            assertEquals(4, parts.size(), lang);
            String text = String.join("\n", parts.stream().flatMap(p -> p.lines().stream()).toList());
            assertTrue(text.contains(paths.file().toString()) && text.contains(paths.backups().toString())
                    && text.contains(paths.data().toString()), text);
            assertTrue(!text.contains("{"), "no placeholder left: " + text);
            for (org.guidancedesk.ui.SectionId id : org.guidancedesk.ui.SectionId.values()) {
                if (id.available()) {
                    assertTrue(text.contains(i18n.tr(id.titleKey())), lang + " names " + id);
                }
            }
            assertTrue(text.contains("Ctrl+Z") && text.contains("F1"), text);
        }
        String none = String.join("", HelpGuide.parts(I18n.forLanguage("zh"), new HelpPaths(null, paths.backups(),
                paths.data())).get(2).lines());
        assertTrue(none.contains("还没有打开文件"), none);
    }
}
