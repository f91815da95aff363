package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The window's options read without picocli; anything else is left to picocli. */
class WindowArgsTest {

    @Test
    void noArgumentsIsTheWindowOnTheDefaultFile() {
        assertEquals(Optional.of(new WindowArgs(null, null)), WindowArgs.parse());
    }

    @Test
    void theFileAndTheLanguageInEitherOrderAndEitherSpelling() {
        WindowArgs both = new WindowArgs(Path.of("a b.db"), "en");
        assertEquals(Optional.of(both), WindowArgs.parse("--db", "a b.db", "--lang", "en"));
        assertEquals(Optional.of(both), WindowArgs.parse("--lang=en", "--db=a b.db"));
        assertEquals(Optional.of(new WindowArgs(null, "zh")), WindowArgs.parse("--lang", "zh"));
    }

    @Test
    void commandsHelpAndMistakesGoToPicocli() {
        for (String[] line : new String[][] {{"check", "--db", "x.db"}, {"--lang", "en", "report", "ledger"},
                {"--help"}, {"--version"}, {"--db"}, {"--db", "--lang", "en"}, {"--lang", "fr"}, {"--bogus"},
                {"--db", "a.db", "--db", "b.db"}, {"--db="}, {"--db", "a.db", "extra"}}) {
            assertEquals(Optional.empty(), WindowArgs.parse(line), String.join(" ", line));
        }
    }
}
