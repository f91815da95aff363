package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.LedgerListing;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed 台账 as PDF, read back with PDFBox: landscape A4, title, the thirteen headers on every page, every item. */
class LedgerPdfTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final I18n ZH = I18n.forLanguage("zh");
    private static final List<String> HEADERS = List.of("序号", "编号", "台账", "单位", "类别", "问题描述", "整改措施", "责任领导",
            "责任部门/责任人", "节点", "整改时限", "状态", "进展情况");

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Each page's text, whitespace removed (cell text wraps inside its column). */
    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(squeeze(stripper.getText(doc)));
            }
        }
        return pages;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    private static void assertLandscapeA4(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 0.5);
        }
    }

    @Test
    void theWholeLedgerHasTitleHeadersAndEveryItem() throws IOException {
        LedgerListing listing = ws.ledger().listing(LedgerFilter.ALL);
        RenderedSheet sheet = LedgerPdf.render(listing, ZH);
        assertLandscapeA4(sheet.pdf());
        List<String> pages = pages(sheet.pdf());
        assertEquals(sheet.pages(), pages.size());
        String all = String.join("", pages);
        assertTrue(pages.get(0).startsWith("中央第十八指导组整治台账和整改台账"), pages.get(0));
        assertTrue(all.contains("共" + listing.items().size() + "项"), all);
        for (String h : HEADERS) {
            assertTrue(pages.get(0).contains(squeeze(h)), h);
        }
        List<Rectification> items = ws.ledger().items();
        assertEquals(items.size(), listing.items().size());
        for (Rectification r : items) {
            // 编号, the item's own code, as in the .xlsx print layout.
            String code = String.format("%s-%03d", r.ledger() == Ledger.SPECIAL ? "整治" : "整改", r.serial());
            assertTrue(all.contains(code), code);
            assertTrue(all.contains(squeeze(r.problem())), r.problem());
            assertTrue(all.contains(squeeze(r.measures())), r.measures());
        }
    }

    @Test
    void manyItemsRunOverSeveralPagesEachWithTheHeaderAndItsNumber() throws IOException {
        Unit unit = ws.units().units().get(0);
        for (int k = 1; k <= 80; k++) {
            ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit.id(), TODAY)
                    .problem("批量第" + k + "号问题：报表多检查多").measures("清理报表第" + k + "号").leader("李红")
                    .owner("办公厅").node(LedgerNode.DEADLINE).due(TODAY.plusDays(20)).build());
        }
        LedgerListing listing = ws.ledger().listing(new LedgerFilter(unit.id(), Ledger.RECTIFY, null, null, null,
                false, false, ""));
        List<String> pages = pages(LedgerPdf.render(listing, ZH).pdf());
        assertTrue(pages.size() >= 3, "pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            for (String h : HEADERS) {
                assertTrue(page.contains(squeeze(h)), "page " + (i + 1) + " lacks " + h);
            }
            assertTrue(page.contains("第" + (i + 1) + "页共" + pages.size() + "页"), page);
        }
        String all = String.join("", pages);
        for (int k = 1; k <= 80; k++) {
            assertTrue(all.contains("批量第" + k + "号问题"), "item " + k);
        }
        // 序号 runs 1…N over what is printed, whatever the items' own serials.
        assertTrue(all.contains("单位：" + unit.name()), all);
        assertTrue(pages.get(0).startsWith("中央第十八指导组整改台账"), pages.get(0));
    }

    @Test
    void theFilterDecidesWhatIsPrintedAndSaysSo() throws IOException {
        LedgerFilter overdue = new LedgerFilter(null, null, null, RectificationStatus.IN_PROGRESS, null, true, false, "");
        LedgerListing listing = ws.ledger().listing(overdue);
        String all = String.join("", pages(LedgerPdf.render(listing, ZH).pdf()));
        assertTrue(all.contains("状态：整改中") && all.contains("仅超期"), all);
        for (Rectification r : ws.ledger().items()) {
            boolean shown = r.status() == RectificationStatus.IN_PROGRESS && r.overdue(TODAY);
            assertEquals(shown, all.contains(squeeze(r.problem())), r.problem());
        }
    }

    @Test
    void theExtendedItemsPrintBothDatesAndTheirHistoryInWords() throws IOException {
        LedgerListing listing = ws.ledger().listing(LedgerFilter.ALL.withExtendedOnly(true));
        assertEquals(3, listing.items().size(), "the demo's three 延期");
        String all = String.join("", pages(LedgerPdf.render(listing, ZH).pdf()));
        assertTrue(all.contains("仅已延期"), all);
        java.time.format.DateTimeFormatter d = java.time.format.DateTimeFormatter.ofPattern("yyyy.M.d");
        for (Rectification r : listing.items()) {
            assertTrue(all.contains(squeeze(d.format(r.due()) + "（原定" + d.format(r.originalDue()) + "，已延期）")), all);
            assertTrue(all.contains(squeeze("延期至" + d.format(r.due()) + "（原定" + d.format(r.originalDue()))), all);
        }
        String sentBack = String.join("", pages(LedgerPdf.render(ws.ledger().listing(LedgerFilter.ALL), ZH).pdf()));
        assertTrue(sentBack.contains("退回整改（原为已完成）：佐证材料只有发文统计"), "the 退回 in words");
    }

    @Test
    void anEmptyListingStillPrintsTheTitleAndSaysNothingMatches() throws IOException {
        LedgerListing listing = ws.ledger().listing(new LedgerFilter(null, null, null, null, null, false, false,
                "不存在的词语"));
        String all = String.join("", pages(LedgerPdf.render(listing, ZH).pdf()));
        assertTrue(all.contains("没有符合条件的事项"), all);
        assertFalse(all.contains("问题描述"), all);
    }

    @Test
    void inEnglishTheCodeColumnShowsTheWindowsCode() throws IOException {
        LedgerListing listing = ws.ledger().listing(LedgerFilter.ALL);
        List<String> pages = pages(LedgerPdf.render(listing, I18n.forLanguage("en")).pdf());
        for (String h : List.of("No.", "Code", "Ledger", "Unit", "Problem", "Measures", "Progress")) {
            assertTrue(pages.get(0).contains(h), h);
        }
        String all = String.join("", pages);
        for (Rectification r : listing.items()) {
            String code = String.format("%s-%03d", r.ledger() == Ledger.SPECIAL ? "SR" : "R", r.serial());
            assertTrue(all.contains(code), code);
        }
    }
}
