package org.guidancedesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BundlesTest {
    private static final Pattern TR_LITERAL = Pattern.compile("tr\\(\"([a-zA-Z0-9_.]+)\"");

    /** The prefixes of keys built from enum constants by {@code tr(prefix, value)}. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("status", ActionStatus.class),
            Map.entry("cell", CellState.class),
            Map.entry("role", MemberRole.class),
            Map.entry("duty", Duty.class),
            Map.entry("unitKind", UnitKind.class),
            Map.entry("scope", ActionScope.class),
            Map.entry("light", org.guidancedesk.domain.TrafficLight.class),
            Map.entry("checklist.progress", org.guidancedesk.domain.TrafficLight.class),
            Map.entry("agenda.kind", org.guidancedesk.domain.AgendaItem.Kind.class),
            Map.entry("ledgerName", org.guidancedesk.domain.Ledger.class),
            Map.entry("ledgerShort", org.guidancedesk.domain.Ledger.class),
            Map.entry("node", org.guidancedesk.domain.LedgerNode.class),
            Map.entry("rectStatus", org.guidancedesk.domain.RectificationStatus.class),
            Map.entry("warning.ledger", org.guidancedesk.domain.LedgerWarning.Kind.class),
            Map.entry("workKind", org.guidancedesk.domain.WorkKind.class),
            Map.entry("workStatus", org.guidancedesk.domain.WorkStatus.class),
            Map.entry("visitMethod", org.guidancedesk.domain.VisitMethod.class),
            Map.entry("personLevel", org.guidancedesk.domain.PersonLevel.class),
            Map.entry("placeKind", org.guidancedesk.domain.PlaceKind.class),
            Map.entry("figures.placeKind", org.guidancedesk.domain.PlaceKind.class),
            Map.entry("meetingKind", org.guidancedesk.domain.MeetingKind.class),
            Map.entry("reviewResult", org.guidancedesk.domain.ReviewResult.class),
            Map.entry("reviewState", org.guidancedesk.domain.ReviewState.class),
            Map.entry("ledgerio.plan.by", org.guidancedesk.service.ImportPlan.MatchedBy.class),
            Map.entry("ledgerio.plan.outcome", org.guidancedesk.service.ImportPlan.Outcome.class),
            Map.entry("ledger.import.choice", org.guidancedesk.ui.ledger.ImportModel.RowChoice.class));

    /** Joiners that are nothing in Chinese (sentences follow each other without a space), and blank indents. */
    private static final Set<String> MAY_BE_EMPTY = Set.of("figures.sentenceJoin", "dynamic.indent");

    private static final List<I18n> LANGUAGES = I18n.LANGUAGES.stream().map(I18n::forLanguage).toList();

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/guidancedesk/i18n/" + resource)) {
            assertTrue(in != null, "missing bundle " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every bundle family the program reads, by its file name. */
    static List<String> families() {
        return I18n.BUNDLES.stream().map(b -> b.substring(b.lastIndexOf('.') + 1)).toList();
    }

    @Test
    void noKeyIsDefinedTwiceInOneLanguage() throws IOException {
        // A second definition silently wins: "export.work.count" once said "人数" in a subtitle.
        Path folder = Path.of(System.getProperty("basedir", ".")).resolve("src/main/resources/org/guidancedesk/i18n");
        for (String suffix : List.of(".properties", "_en.properties")) {
            Map<String, String> firstIn = new java.util.HashMap<>();
            List<String> twice = new ArrayList<>();
            for (String family : families()) {
                String file = family + suffix;
                for (String line : Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8)) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([^#!=\\s][^=\\s]*)\\s*=").matcher(line);
                    if (m.find()) {
                        String earlier = firstIn.putIfAbsent(m.group(1), file);
                        if (earlier != null) {
                            twice.add(m.group(1) + " in " + earlier + " and " + file);
                        }
                    }
                }
            }
            assertEquals(List.of(), twice, "keys defined twice (*" + suffix + ")");
        }
    }

    private static Set<String> missingFrom(Properties from, Properties in) {
        Set<String> missing = new TreeSet<>(from.stringPropertyNames());
        missing.removeAll(in.stringPropertyNames());
        return missing;
    }

    @ParameterizedTest
    @MethodSource("families")
    void chineseAndEnglishHaveTheSameKeys(String family) throws IOException {
        Properties zh = load(family + ".properties");
        Properties en = load(family + "_en.properties");
        assertFalse(zh.isEmpty());
        assertEquals(Set.of(), missingFrom(zh, en), "in " + family + ".properties but not in the English one");
        assertEquals(Set.of(), missingFrom(en, zh), "in " + family + "_en.properties but not in the Chinese one");
    }

    @ParameterizedTest
    @MethodSource("families")
    void noTextIsEmpty(String family) throws IOException {
        for (String resource : List.of(family + ".properties", family + "_en.properties")) {
            Properties p = load(resource);
            for (String key : p.stringPropertyNames()) {
                assertFalse(p.getProperty(key).isBlank() && !MAY_BE_EMPTY.contains(key), resource + ": " + key + " is empty");
            }
        }
    }

    @Test
    void noValueStartsWithABlankThatTheFileFormatWouldDrop() throws IOException {
        // A properties value loses its leading blanks: "x= (late)" reads "(late)". Write \u0020.
        Path folder = Path.of(System.getProperty("basedir", ".")).resolve("src/main/resources/org/guidancedesk/i18n");
        List<String> dropped = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("#") && line.matches("[^=\\s]+=[ \\t]+\\S.*")) {
                        dropped.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), dropped);
    }

    private static List<Path> sources() throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
        assertTrue(Files.isDirectory(root), "sources at " + root.toAbsolutePath());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyLiteralKeyInTheSourcesExistsInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path source : sources()) {
            Matcher m = TR_LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                String key = m.group(1);
                if (ENUM_PREFIXES.containsKey(key)) {
                    continue; // tr("phase", value): checked constant by constant below
                }
                if (key.endsWith(".")) {
                    continue; // tr("field." + name): the dynamic families are checked below
                }
                found++;
                for (I18n i18n : LANGUAGES) {
                    if (!i18n.has(key)) {
                        missing.add(i18n.languageTag() + ": " + key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 20, "only " + found + " keys found: is the pattern still right?");
        assertEquals(List.of(), missing);
    }

    private static List<String> missingInSomeLanguage(Set<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (I18n i18n : LANGUAGES) {
                if (!i18n.has(key)) {
                    missing.add(i18n.languageTag() + ": " + key);
                }
            }
        }
        return missing;
    }

    /** The first string argument of every match of the pattern in the sources. */
    private static Set<String> literals(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path source : sources()) {
            Matcher m = pattern.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    @Test
    void everyLanguageOfferedHasItsName() {
        Set<String> keys = new TreeSet<>();
        I18n.LANGUAGES.forEach(tag -> keys.add("language." + tag));
        assertEquals(List.of(), missingInSomeLanguage(keys));
    }

    @Test
    void everyValidationMessageAndWarningExists() throws IOException {
        Set<String> keys = literals(Pattern.compile("ValidationException\\(\\s*\"[a-zA-Z.]+\",\\s*\"([a-zA-Z0-9_.]+)\""));
        keys.addAll(literals(Pattern.compile("\"(warning\\.[a-zA-Z0-9_.]+)\"")));
        keys.addAll(literals(Pattern.compile("\"(validation\\.[a-zA-Z0-9_.]+)\"")));
        keys.removeIf(k -> k.endsWith(".")); // "warning.ledger." + kind: checked with the enum prefixes
        assertTrue(keys.contains("validation.required") && keys.contains("warning.doneOutsideCampaign"), keys.toString());
        assertEquals(List.of(), missingInSomeLanguage(keys));
    }

    @Test
    void everyFieldARuleCanRefuseHasALabel() throws IOException {
        // Messages.of shows "field.<name>" before the message; without it the raw name shows.
        Set<String> fields = literals(Pattern.compile("ValidationException\\(\\s*\"([a-zA-Z.]+)\""));
        fields.addAll(literals(Pattern.compile("Text\\.(?:requiredName|optional|note)\\(\\s*\"([a-zA-Z.]+)\"")));
        assertTrue(fields.contains("unit.name") && fields.contains("group.end"), fields.toString());
        Set<String> keys = new TreeSet<>();
        fields.forEach(f -> keys.add("field." + f));
        assertEquals(List.of(), missingInSomeLanguage(keys));
    }

    @Test
    void everyEnumConstantHasATextInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        ENUM_PREFIXES.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = prefix + "." + constant.name();
                for (I18n i18n : LANGUAGES) {
                    if (!i18n.has(key)) {
                        missing.add(i18n.languageTag() + ": " + key);
                    }
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyStoreFailureHasAMessageInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (StoreException.Reason reason : StoreException.Reason.values()) {
            for (I18n i18n : LANGUAGES) {
                if (!i18n.has(reason.messageKey())) {
                    missing.add(i18n.languageTag() + ": " + reason.messageKey());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void storeFailureMessagesNameTheFile() {
        Path file = Path.of("/data/组.db");
        for (I18n i18n : LANGUAGES) {
            for (StoreException.Reason reason : StoreException.Reason.values()) {
                String text = i18n.tr(reason.messageKey(), file, "detail", 2);
                assertTrue(text.contains(file.toString()), i18n.languageTag() + " " + reason + ": " + text);
            }
        }
    }

    @Test
    void theChineseLongDateIgnoresTheJvmLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            I18n zh = I18n.forLanguage("zh");
            assertEquals("2026年11月24日", zh.longDate(LocalDate.of(2026, 11, 24)));
            assertEquals("11月24日", zh.shortDate(LocalDate.of(2026, 11, 24)));
            assertTrue(zh.isChinese());
            assertEquals("指导组工作台", zh.tr("app.name"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void englishDatesReadInEnglish() {
        assertEquals("Nov 24, 2026", I18n.forLanguage("en").longDate(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void anUnknownLanguageGivesChinese() {
        assertEquals("zh", I18n.forLanguage("fr").languageTag());
    }
}
