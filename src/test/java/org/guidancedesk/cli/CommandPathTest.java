package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one command a line names, found before picocli builds the tree; else the whole tree. */
class CommandPathTest {
    @Test
    void aLineNamingACommandGetsThatCommandUnderItsFullName() {
        CommandPath weekly = CommandPath.of(Cli.class, "report", "weekly", "--db", "a.db", "--out", "w.pdf").orElseThrow();
        assertEquals(WeeklyReportCommand.class, weekly.command());
        assertEquals("guidance-desk report weekly", weekly.name());
        assertArrayEquals(new String[] {"--db", "a.db", "--out", "w.pdf"}, weekly.rest());
        CommandPath demo = CommandPath.of(Cli.class, "demo").orElseThrow();
        assertEquals(DemoCommand.class, demo.command());
        assertEquals(0, demo.rest().length);
        assertEquals(ImportCommand.Catalog.class, CommandPath.of(Cli.class, "import", "catalog").orElseThrow().command());
    }

    @Test
    void aGroupWithoutItsCommandAnUnknownWordOrAnOptionFirstGetTheWholeTree() {
        assertTrue(CommandPath.of(Cli.class, "report").isEmpty());
        assertTrue(CommandPath.of(Cli.class, "report", "--help").isEmpty());
        assertTrue(CommandPath.of(Cli.class, "reports", "weekly").isEmpty());
        assertTrue(CommandPath.of(Cli.class, "--lang", "en", "report", "weekly").isEmpty());
        assertTrue(CommandPath.of(Cli.class).isEmpty());
    }
}
