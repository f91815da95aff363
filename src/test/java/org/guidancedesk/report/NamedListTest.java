package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.guidancedesk.i18n.I18n;
import org.junit.jupiter.api.Test;

class NamedListTest {
    private static final List<String> ACTIONS = List.of("“甲”", "“乙”", "“丙”", "“丁”", "“戊”");

    @Test
    void aShortListIsNamedWhole() {
        assertEquals("“甲”；“乙”；“丙”；“丁”；“戊”", NamedList.of(ACTIONS, 5, I18n.forLanguage("zh")));
    }

    @Test
    void aLongListNamesItsFirstAndCountsAll() {
        assertEquals("“甲”；“乙”；“丙”等5项", NamedList.of(ACTIONS, 3, I18n.forLanguage("zh")));
        assertEquals("“甲”; “乙”; “丙”; 5 in all", NamedList.of(ACTIONS, 3, I18n.forLanguage("en")));
    }
}
