package org.guidancedesk.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.LedgerChecks;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.GroupRepository;
import org.guidancedesk.store.LedgerListsRepository;
import org.guidancedesk.store.ProgressRepository;
import org.guidancedesk.store.RectificationRepository;
import org.guidancedesk.store.UnitRepository;
import org.guidancedesk.tabular.CsvWriter;
import org.guidancedesk.tabular.XlsxWriter;

/**
 * Writes the ledger as the campaign office expects it: an .xlsx in the usual 台账 layout
 * (title, frozen header, widths, A4 landscape with the header repeated; overdue rows light red)
 * or a .csv that Excel opens. The file appears whole or not at all. Headers are the Chinese
 * ones import recognises, so an export reads back as the same items.
 */
public final class LedgerExportService {
    /**
     * The columns in the order written after 序号 and 编号, and the widths in characters of all:
     * first the thirteen a printed 台账 shows (the print area), then those kept so that the file
     * reads back whole (整改标准, 原定完成时限 and 延期说明 first of them). An extended item's
     * 整改时限 says both dates and 已延期 in words, so the printed part shows it too; import reads
     * either back. 序号 counts the file's rows 1…N (whatever ledgers or filter); 编号 is the
     * item's own code (整改-007), by which an import finds the item again.
     */
    private static final List<LedgerColumn> COLUMNS = List.of(LedgerColumn.LEDGER,
            LedgerColumn.UNIT, LedgerColumn.CATEGORY, LedgerColumn.PROBLEM, LedgerColumn.MEASURES,
            LedgerColumn.LEADER, LedgerColumn.OWNER, LedgerColumn.NODE, LedgerColumn.DUE, LedgerColumn.STATUS,
            LedgerColumn.PROGRESS, LedgerColumn.STANDARD, LedgerColumn.ORIGINAL_DUE, LedgerColumn.EXTENSION,
            LedgerColumn.COMPLETED_ON, LedgerColumn.VERIFIED_ON, LedgerColumn.VERIFIED_BY, LedgerColumn.EVIDENCE,
            LedgerColumn.REMARKS, LedgerColumn.CREATED_ON);
    private static final double[] WIDTHS = {5, 9, 9, 12, 14, 32, 32, 9, 13, 9, 16, 8, 30, 24, 12, 36, 11, 11, 10, 16,
            14, 11};
    /** How many of the first columns are printed. */
    static final int PRINTED = 13;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.ROOT);

    private final Database db;
    private final Clock clock;

    LedgerExportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What one export holds, read in one transaction. */
    private record Contents(Group group, List<Rectification> items, Map<Long, String> unitNames,
                            Map<Long, List<ProgressNote>> notes, int warnDays) {}

    /**
     * Writes the items the filter lets through to {@code out}: .csv by its extension, .xlsx
     * otherwise. Returns how many items were written.
     */
    public int export(Path out, LedgerFilter filter) {
        Contents contents = read(filter);
        boolean csv = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            if (csv) {
                writeCsv(bytes, contents);
            } else {
                writeXlsx(bytes, contents);
            }
            WholeFile.write(out, bytes.toByteArray());
        } catch (IOException e) {
            throw new LedgerFileException("ledgerio.error.write", e, out.getFileName().toString(),
                    String.valueOf(e.getMessage()));
        }
        return contents.items().size();
    }

    private Contents read(LedgerFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return db.read(c -> {
            Map<Long, String> unitNames = new HashMap<>();
            Map<Long, Integer> unitOrder = new HashMap<>();
            for (Unit u : new UnitRepository().findAll(c)) {
                unitNames.put(u.id(), u.name());
                unitOrder.put(u.id(), unitOrder.size());
            }
            List<Rectification> all = new RectificationRepository().findAll(c);
            Set<Long> warned = new HashSet<>();
            if (filter.warningsOnly()) {
                LedgerChecks.check(all, new LedgerListsRepository().dismissed(c)).forEach(w -> warned.add(w.itemId()));
            }
            List<Rectification> chosen = new ArrayList<>(all.stream()
                    .filter(r -> filter.matches(r, LedgerFilter.searchable(r), warned.contains(r.id()), today)).toList());
            chosen.sort(Comparator.comparing(Rectification::ledger).thenComparingInt(Rectification::serial));
            return new Contents(new GroupRepository().find(c).orElse(null), chosen, unitNames,
                    new ProgressRepository().byItem(c), DeadlineService.warnDays(c));
        });
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(LedgerColumn.SERIAL.header(), LedgerColumn.CODE.header()));
        COLUMNS.forEach(c -> headers.add(c.header()));
        return headers;
    }

    /** The row's values: text, numbers and dates (dates stay dates in the workbook); {@code number} is its 序号. */
    private static List<Object> values(int number, Rectification r, Contents contents) {
        List<Object> v = new ArrayList<>(COLUMNS.size() + 2);
        v.add(number);
        v.add(LedgerWords.code(r.ledger(), r.serial()));
        v.add(LedgerWords.ledger(r.ledger()));
        v.add(contents.unitNames().getOrDefault(r.unitId(), ""));
        v.add(r.category());
        v.add(r.problem());
        v.add(r.measures());
        v.add(r.leader());
        v.add(r.owner());
        v.add(LedgerWords.node(r.node()));
        v.add(r.extended() ? LedgerWords.extendedDue(r.due(), r.originalDue()) : r.due());
        v.add(LedgerWords.status(r.status()));
        List<ProgressNote> history = contents.notes().getOrDefault(r.id(), List.of());
        v.add(ProgressText.format(history));
        v.add(r.standard());
        v.add(r.originalDue());
        v.add(ExtensionText.format(history));
        v.add(r.completedOn());
        v.add(r.verifiedOn());
        v.add(r.verifiedBy());
        v.add(r.evidence());
        v.add(r.remarks());
        v.add(r.createdOn());
        return v;
    }

    private void writeCsv(ByteArrayOutputStream bytes, Contents contents) throws IOException {
        try (CsvWriter csv = new CsvWriter(bytes)) {
            csv.row(headers());
            int number = 0;
            for (Rectification r : contents.items()) {
                csv.row(values(++number, r, contents).stream().map(v -> v == null ? "" : v.toString()).toList());
            }
        }
    }

    /** 整治台账, 整改台账, or both ("整治台账和整改台账") as the rows hold them. */
    private static String title(List<Rectification> items) {
        java.util.EnumSet<org.guidancedesk.domain.Ledger> ledgers = java.util.EnumSet.noneOf(org.guidancedesk.domain.Ledger.class);
        items.forEach(r -> ledgers.add(r.ledger()));
        return ledgers.size() == 1 ? LedgerWords.ledger(ledgers.iterator().next()) : "整治台账和整改台账";
    }

    private void writeXlsx(ByteArrayOutputStream bytes, Contents contents) throws IOException {
        List<XlsxWriter.Column> columns = new ArrayList<>();
        List<String> headers = headers();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new XlsxWriter.Column(headers.get(i), WIDTHS[i]));
        }
        String group = contents.group() == null ? "" : contents.group().name();
        String subtitle = "导出时间：" + LocalDateTime.now(clock).format(STAMP) + "　共 " + contents.items().size() + " 项";
        LocalDate today = LocalDate.now(clock);
        try (XlsxWriter xlsx = XlsxWriter.start(bytes,
                new XlsxWriter.Sheet("整改台账", (group + " " + title(contents.items())).strip(), subtitle, columns, PRINTED))) {
            int number = 0;
            for (Rectification r : contents.items()) {
                TrafficLight light = r.light(today, contents.warnDays());
                XlsxWriter.Highlight h = light == TrafficLight.RED ? XlsxWriter.Highlight.RED
                        : light == TrafficLight.YELLOW ? XlsxWriter.Highlight.YELLOW : XlsxWriter.Highlight.NONE;
                xlsx.row(values(++number, r, contents), h);
            }
        }
    }
}
