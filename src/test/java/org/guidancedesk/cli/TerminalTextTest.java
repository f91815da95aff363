package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.guidancedesk.i18n.I18n;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Text from files reaches a terminal with its control characters shown, never sent. */
class TerminalTextTest {

    @Test
    void controlsDeleteAndLoneSurrogatesAreShownEscaped() {
        assertEquals("\\u001B[2J\\u001B[HALL CLEAR", TerminalText.safe("\u001B[2J\u001B[HALL CLEAR"));
        assertEquals("a\\u0007b\\u0000c\\u007Fd\\u009Be", TerminalText.safe("a\u0007b\u0000c\u007Fd\u009Be"));
        assertEquals("line\\u000Afake\\u000D", TerminalText.safe("line\nfake\r"));
        assertEquals("x\\uD800y\\uDC00", TerminalText.safe("x\uD800y\uDC00"));
        assertEquals("abc\\u202Efed", TerminalText.safe("abc\u202Efed"));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String text = "南山县·讲专题党课 “两张皮” 😀 tab-free, 100%";
        assertEquals(text, TerminalText.safe(text));
        assertEquals("", TerminalText.safe(null));
    }

    @Test
    void theAgendaTableEscapesEveryCellAndAlignsWhatIsShown() {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(CommandLine.Model.CommandSpec.create());
        line.setOut(new PrintWriter(out, true));
        Console console = new Console(line.getCommandSpec(), I18n.forLanguage("zh"));

        PlainTable.print(console, List.of("状态", "事项"), List.of(List.of("\u001B[31m", "ALL\u0007 CLEAR")));

        List<String> lines = out.toString().lines().toList();
        assertEquals("\\u001B[31m  ALL\\u0007 CLEAR", lines.get(2));
        assertEquals(lines.get(1).indexOf(' '), "\\u001B[31m".length(), "the column is as wide as the escaped text");
    }
}
