package org.guidancedesk.ui.weekly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.guidancedesk.domain.ArchivedSheet;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.service.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 周报's 工作动态 on a real demo file (its past Fridays issued as 第1–5期): the parts rewritten and
 * given back, the 期号 proposed and fixed on issue, a taken number refused before any file is
 * written, the copy archived as a 工作动态, and the week's deadline offered 已报.
 */
class WeeklyDynamicTest {
    private static final LocalDate TODAY = WeeklyFixture.TODAY;
    private static final Week W48 = WeeklyFixture.W48;

    @TempDir
    Path dir;
    private WeeklyFixture fx;
    private Workspace ws;
    private WeeklyViewModel vm;
    private DynamicEditor editor;

    @BeforeEach
    void openDemo() {
        fx = new WeeklyFixture(dir.resolve("demo.db"));
        ws = fx.ws;
        vm = fx.vm;
        vm.showReport(ReportKind.DYNAMIC);
        editor = vm.dynamic();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private String previewText() throws IOException {
        return WeeklyFixture.text(vm.preview().sheet().pdf());
    }

    private WeekSheet sheet() {
        return fx.sheet();
    }

    @Test
    void theWeeksBulletinIsPreviewedWithTheNextFreeNumber() throws IOException {
        assertEquals("6", editor.numberTextProperty().get(), "第1–5期 went out on the demo's past Fridays");
        assertFalse(editor.numberedProperty().get());
        String shown = previewText();
        assertTrue(shown.contains("主题教育工作动态"), shown);
        assertTrue(shown.contains("第6期"), shown);
        assertTrue(shown.contains("一、本周主要工作"), shown);
        assertEquals(ReportKind.DYNAMIC, vm.preview().shown().report());

        vm.showReport(ReportKind.SHEET);
        assertFalse(previewText().contains("主题教育工作动态"), "back to the status sheet");
        assertNull(vm.preview().shown().issue());
    }

    @Test
    void aRewrittenPartIsKeptForTheWeekAndCanBeGivenBack() throws IOException {
        DynamicEditor.Part units = editor.part(DynamicPart.UNITS);
        String generated = units.textProperty().get();
        assertFalse(generated.isBlank());
        assertFalse(units.rewrittenProperty().get());

        units.textProperty().set("南山县：本周完成全部规定动作。\n西岭市：进度滞后，已约谈。");
        editor.save(DynamicPart.UNITS);
        assertTrue(units.rewrittenProperty().get());
        assertEquals("南山县：本周完成全部规定动作。\n西岭市：进度滞后，已约谈。",
                ws.dynamic().draft(W48).edited().get(DynamicPart.UNITS));
        assertTrue(previewText().contains("西岭市：进度滞后，已约谈。"), "the preview follows the save");

        vm.nextWeek();
        assertEquals(generated.isEmpty(), editor.part(DynamicPart.UNITS).textProperty().get().isEmpty());
        assertFalse(editor.part(DynamicPart.UNITS).rewrittenProperty().get(), "another week has its own parts");
        vm.previousWeek();
        assertTrue(editor.part(DynamicPart.UNITS).textProperty().get().startsWith("南山县：本周完成"));

        editor.restore(DynamicPart.UNITS);
        assertEquals(generated, units.textProperty().get());
        assertFalse(units.rewrittenProperty().get());
        assertFalse(ws.dynamic().draft(W48).edited().containsKey(DynamicPart.UNITS));
    }

    @Test
    void textThatSaysWhatTheProgramSaysIsNotKeptAsARewording() {
        DynamicEditor.Part work = editor.part(DynamicPart.WORK);
        work.textProperty().set("\u3000\u3000" + work.textProperty().get().replace("\n", "\n\n"));
        editor.save(DynamicPart.WORK);
        assertFalse(work.rewrittenProperty().get());
        assertTrue(ws.dynamic().draft(W48).edited().isEmpty());
    }

    @Test
    void aTooLongPartIsRefusedAtItsField() {
        DynamicEditor.Part next = editor.part(DynamicPart.NEXT);
        next.textProperty().set("长".repeat(20_001));
        editor.save(DynamicPart.NEXT);
        assertEquals("五、下步工作安排：不能超过 20000 个字", next.errorProperty().get());
        assertTrue(ws.dynamic().draft(W48).edited().isEmpty());
    }

    @Test
    void exportingIssuesTheNumberArchivesTheCopyAndOffersTheDeadline() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out")).resolve("中央第十八指导组-工作动态第6期.pdf");
        WeekSheet s = sheet();
        assertEquals(6, s.issue());
        assertEquals("中央第十八指导组-工作动态第6期.pdf", s.rendered().fileName());
        vm.output().export(s, target);

        byte[] written = Files.readAllBytes(target);
        assertTrue(WeeklyFixture.text(written).contains("第6期"));
        assertEquals(6, ws.dynamic().draft(W48).issue().orElseThrow().number());
        assertTrue(editor.numberedProperty().get(), "the number is fixed once issued");
        ArchivedSheet kept = vm.output().archive().get(0).sheet();
        assertEquals(ReportKind.DYNAMIC, kept.report());
        assertEquals(SheetKind.EXPORT, kept.kind());
        assertArrayEquals(written, ws.weekly().archivedPdf(kept.id()));
        assertEquals("工作动态·导出", vm.output().archive().get(0).kind());

        IssueOffer.Offer offer = vm.output().offer().offerProperty().get();
        assertNotNull(offer, "the week's 报送工作动态 (Friday 27 November) is not 已报 yet");
        assertEquals(LocalDate.of(2026, 11, 27), offer.occurrence().due());
        assertEquals("把报送节点“报送工作动态”（11月27日）标为已报，报送内容“工作动态第6期”？",
                vm.output().offer().question(offer));
        vm.output().offer().accept(offer);
        Occurrence marked = ws.deadlines().occurrences().stream()
                .filter(o -> o.deadline().id() == offer.occurrence().deadline().id())
                .filter(o -> o.due().equals(offer.occurrence().due())).findFirst().orElseThrow();
        assertEquals("工作动态第6期", marked.submission().orElseThrow().sent());
        assertEquals(TODAY, marked.submission().orElseThrow().submittedOn());
        assertNull(vm.output().offer().offerProperty().get());
    }

    @Test
    void aTakenNumberIsRefusedBeforeAnyFileIsWritten() {
        editor.numberTextProperty().set("3");
        vm.numberChanged();
        Path target = dir.resolve("第3期.pdf");
        vm.output().export(sheet(), target);
        assertTrue(vm.output().messageIsErrorProperty().get());
        assertEquals("期号：第3期已用于第3周的工作动态，期号不能重复使用", vm.output().messageProperty().get());
        assertFalse(Files.exists(target));
        assertTrue(ws.dynamic().draft(W48).issue().isEmpty());
        assertTrue(ws.weekly().archived().isEmpty());
        fx.errors.clear(); // the refusal is logged as every failed read is
    }

    @Test
    void aNumberThatIsNoNumberIsShownAtItsFieldAndNothingLeaves() {
        editor.numberTextProperty().set("六");
        vm.numberChanged();
        assertEquals("期号：期号应在 1 到 9999 之间", editor.numberErrorProperty().get());
        vm.print();
        assertTrue(fx.printer.printed.isEmpty());
        assertFalse(vm.output().printingProperty().get());
        assertEquals("期号：期号应在 1 到 9999 之间", vm.output().messageProperty().get());
    }

    @Test
    void aPrintedBulletinIsIssuedAndItsReprintStaysABulletin() {
        vm.print();
        assertEquals(1, fx.printer.printed.size());
        assertEquals(6, ws.dynamic().draft(W48).issue().orElseThrow().number());
        vm.output().offer().decline();

        vm.output().reprint(vm.output().archive().get(0));
        assertEquals(2, fx.printer.printed.size());
        assertArrayEquals(fx.printer.printed.get(0), fx.printer.printed.get(1));
        ArchivedSheet reprinted = vm.output().archive().get(0).sheet();
        assertEquals(ReportKind.DYNAMIC, reprinted.report());
        assertEquals(SheetKind.PRINT, reprinted.kind());
        assertEquals(1, ws.dynamic().issues().stream().filter(i -> i.week().equals(W48)).count());
    }

    @Test
    void theMastheadFollowsItsSettings() throws IOException {
        boolean[] saved = {false};
        editor.saveSettings(new DynamicSettings("西岭片区主题教育简报", "省委主题教育办", "各联系单位", 1),
                () -> saved[0] = true, e -> { throw e; });
        assertTrue(saved[0]);
        String shown = previewText();
        assertTrue(shown.contains("西岭片区主题教育简报"), shown);
        assertTrue(shown.contains("报送：省委主题教育办"), shown);
        assertTrue(shown.contains("抄送：各联系单位"), shown);
    }
}
