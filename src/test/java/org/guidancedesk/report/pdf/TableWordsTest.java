package org.guidancedesk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;
import org.junit.jupiter.api.Test;

/** English table headers and cells keep their words whole: a narrow column grows to its longest word. */
class TableWordsTest {
    @Test
    void narrowColumnsGrowToTheirLongestWordInsteadOfBreakingIt() {
        List<String> headers = List.of("Unit", "Study", "Research", "Problem inspection", "Rectification", "Summary",
                "Done/due", "Done", "Late");
        double[] weights = {3.4, 1.15, 1.15, 1.15, 1.15, 1.15, 1.5, 0.95, 0.8}; // as the weekly sheet's progress table
        List<Block.Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new Block.Column(headers.get(i), weights[i], Block.Align.CENTER));
        }
        Block.Table table = new Block.Table(columns, List.of(List.of("东江省", "6/6", "1/2", "0/3", "1/2", "0/1", "8/14",
                "57%", "0")));
        List<PageLayout.Page> pages = new PageLayout(Fonts.bundledOnly())
                .layOut(new Sheet("t", "a", List.of(table), "{0}"));
        List<String> texts = new ArrayList<>();
        for (PageLayout.Op op : pages.get(0).ops()) {
            if (op instanceof PageLayout.Text t) {
                texts.add(t.text());
            }
        }
        for (String word : List.of("Research", "Problem", "inspection", "Rectification", "Summary", "Done/due")) {
            assertEquals(true, texts.contains(word) || texts.stream().anyMatch(t -> t.contains(word)),
                    word + " whole in " + texts);
        }
    }
}
