package org.guidancedesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.guidancedesk.service.ImportProblem;
import org.junit.jupiter.api.Test;

/**
 * The window never tells the user about command-line options ("（命令行用 --unit）"): only keys
 * meant for the command line (cli.…, ….cli) may name one.
 */
class NoCommandLineHintsTest {
    private static final Pattern OPTION = Pattern.compile("(^|[\\s（(“\"])--[a-z]");

    @Test
    void noWindowTextNamesACommandLineOption() throws Exception {
        List<String> found = new ArrayList<>();
        for (String base : I18n.BUNDLES) {
            for (String suffix : new String[] {"", "_en"}) {
                String path = "/" + base.replace('.', '/') + suffix + ".properties";
                try (InputStream in = NoCommandLineHintsTest.class.getResourceAsStream(path)) {
                    if (in == null) {
                        continue;
                    }
                    Properties p = new Properties();
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String key : p.stringPropertyNames()) {
                        boolean forCli = key.startsWith("cli.") || key.endsWith(".cli");
                        if (!forCli && OPTION.matcher(p.getProperty(key)).find()) {
                            found.add(path + " " + key + "=" + p.getProperty(key));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theMissingUnitProblemNamesTheOptionOnlyOnTheCommandLine() {
        ImportProblem noUnit = new ImportProblem(0, -1, "", "ledgerio.problem.noUnit", List.of());
        for (String lang : I18n.LANGUAGES) {
            I18n i18n = I18n.forLanguage(lang);
            assertFalse(noUnit.describe(i18n).contains("--"), noUnit.describe(i18n));
            assertTrue(noUnit.describeForCommandLine(i18n).contains("--unit"), noUnit.describeForCommandLine(i18n));
        }
    }
}
