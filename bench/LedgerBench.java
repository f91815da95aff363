import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.ImportChoices;
import org.guidancedesk.service.ImportDraft;
import org.guidancedesk.service.ImportOptions;
import org.guidancedesk.service.ImportPreview;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.ledger.LedgerDetailModel.Form;

/**
 * The ledger's targets: import and export of 10,000 rows (.xlsx and .csv; import = read, check
 * every row, save in one transaction) at most 1.5 s each; filtering 20,000 items at most 50 ms;
 * one field saved with 20,000 items, to the row updated, at most 20 ms. Run through bench/ledger.sh.
 */
public final class LedgerBench {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path seed = work.resolve("seed.csv");
        writeCsv(seed, 10_000);
        Path source = work.resolve("source.db");
        try (Workspace ws = demo(source)) {
            importFile(ws, seed);
        }
        for (String ext : List.of("xlsx", "csv")) {
            double[] export = new double[runs];
            double[] imports = new double[runs];
            double[] importsCpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                Path file = work.resolve("ledger-" + i + "." + ext);
                try (Workspace ws = Workspace.open(source, CLOCK)) {
                    long t = System.nanoTime();
                    int n = ws.ledgerExport().export(file, LedgerFilter.ALL);
                    export[i] = ms(t);
                    if (n < 10_000) throw new IllegalStateException("exported " + n);
                }
                try (Workspace target = demo(work.resolve("target-" + ext + i + ".db"))) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    int n = importFile(target, file);
                    imports[i] = ms(t);
                    importsCpu[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                    if (n < 10_000) throw new IllegalStateException("imported " + n);
                }
            }
            report("export 10,000+ rows to ." + ext, export);
            report("import 10,000+ rows from ." + ext, imports, importsCpu);
        }
        filtering(source, runs);
        saving(source, runs);
    }

    /**
     * One field saved in the detail pane with 20,000 items, the way the pane saves after a pause
     * in typing: from the save to the table's row showing the new value (work run inline, so the
     * figure is the work the save costs, database and screen together).
     */
    private static void saving(Path source, int runs) {
        try (Workspace ws = Workspace.open(source, CLOCK)) {
            org.guidancedesk.ui.UiExecutor inline = new org.guidancedesk.ui.UiExecutor() {
                @Override
                public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> ok,
                                       java.util.function.Consumer<Throwable> failed) {
                    T result;
                    try {
                        result = work.call();
                    } catch (Throwable e) {
                        failed.accept(e);
                        return;
                    }
                    ok.accept(result);
                }

                @Override
                public void shutdown(long timeoutMillis) { }
            };
            org.guidancedesk.ui.UiTasks tasks = new org.guidancedesk.ui.UiTasks(inline, e -> {
                throw new IllegalStateException(e);
            }, org.guidancedesk.i18n.I18n.forLanguage("zh"), CLOCK);
            org.guidancedesk.ui.ledger.LedgerViewModel vm = new org.guidancedesk.ui.ledger.LedgerViewModel(tasks, ws);
            vm.reload();
            int total = vm.list().total();
            org.guidancedesk.ui.ledger.LedgerRow row = vm.list().rows().stream().filter(r -> !r.isHeading())
                    .skip(total / 2).findFirst().orElseThrow();
            vm.selection().selectItem(row.id());
            timeSaves(vm, row.id(), runs, "整改措施 (nothing the checks see)",
                    (r, i) -> r.toBuilder().measures("第" + i + "次修改：" + r.measures()).build(), Rectification::measures);
            timeSaves(vm, row.id(), runs, "问题描述 (its unit's checks run again)",
                    (r, i) -> r.toBuilder().problem("第" + i + "次修改：" + r.problem()).build(), Rectification::problem);
            timeSaves(vm, row.id(), runs, "整改时限 (its unit's checks run again)",
                    (r, i) -> r.toBuilder().due((r.due() == null ? TODAY : r.due()).plusDays(1)).build(), Rectification::due);
            timeSaves(vm, row.id(), runs, "状态 已完成/整改中 (its unit's checks run again)",
                    (r, i) -> r.toBuilder().rawStatus(i % 2 == 0 ? RectificationStatus.COMPLETED
                            : RectificationStatus.IN_PROGRESS).completedOn(i % 2 == 0 ? TODAY : null).verifiedOn(null)
                            .build(), Rectification::status);
        }
    }

    /**
     * Saves the item {@code runs} (at least 20) times, each time changed by {@code edit} as the
     * pane's form would change it, and each time to the table's row showing the new value.
     */
    private static void timeSaves(org.guidancedesk.ui.ledger.LedgerViewModel vm, long id, int runs, String field,
                                  java.util.function.BiFunction<Rectification, Integer, Rectification> edit,
                                  java.util.function.Function<Rectification, Object> shown) {
        double[] times = new double[Math.max(runs, 20)];
        for (int r = 0; r < times.length; r++) {
            Rectification changed = edit.apply(vm.details().itemProperty().get(), r);
            Object expected = shown.apply(changed);
            long t = System.nanoTime();
            vm.details().save(Form.of(changed));
            boolean updated = vm.list().rows().stream().anyMatch(x -> x.id() == id && shown.apply(x.item()).equals(expected));
            times[r] = ms(t);
            if (!updated) throw new IllegalStateException("row not updated after save " + r);
        }
        report("save " + field + ", " + vm.list().total() + " items, to the row updated", times);
    }

    private static Workspace demo(Path file) {
        Workspace ws = Workspace.open(file, CLOCK);
        DemoData.write(ws, TODAY);
        return ws;
    }

    private static int importFile(Workspace ws, Path file) {
        return importFile(ws, file, ImportOptions.DEFAULT);
    }

    private static int importFile(Workspace ws, Path file, ImportOptions options) {
        ImportDraft draft = ws.ledgerImport().read(file);
        ImportPreview preview = ws.ledgerImport().preview(draft, draft.proposed(), options);
        if (!preview.canImport()) throw new IllegalStateException(preview.problems().toString());
        return ws.ledgerImport().commit(preview).added().size();
    }

    /**
     * 20,000 items (the demo's and two imports), filtered the way the table filters: on cached text.
     * The second import is taken as new: imported as an update, every row would find its item and
     * the ledger would stay at 10,000.
     */
    private static void filtering(Path source, int runs) {
        try (Workspace ws = Workspace.open(source, CLOCK)) {
            importFile(ws, source.resolveSibling("seed.csv"), ImportOptions.DEFAULT.with(ImportChoices.AS_NEW));
            List<Rectification> items = ws.ledger().items();
            String[] searchable = new String[items.size()];
            for (int i = 0; i < searchable.length; i++) searchable[i] = LedgerFilter.searchable(items.get(i));
            long unit = ws.units().units().get(0).id();
            List<LedgerFilter> filters = List.of(
                    new LedgerFilter(null, null, null, null, null, false, false, "制度 落实"),
                    new LedgerFilter(unit, null, null, RectificationStatus.IN_PROGRESS, null, false, false, ""),
                    new LedgerFilter(null, null, null, null, null, true, false, "第1234"));
            for (LedgerFilter f : filters) {
                double[] times = new double[Math.max(runs, 20)];
                int kept = 0;
                for (int r = 0; r < times.length; r++) {
                    long t = System.nanoTime();
                    kept = 0;
                    for (int i = 0; i < searchable.length; i++) {
                        if (f.matches(items.get(i), searchable[i], false, TODAY)) kept++;
                    }
                    times[r] = ms(t);
                }
                report("filter " + items.size() + " items [" + f.encode() + "] -> " + kept, times);
            }
        }
    }

    private static void writeCsv(Path file, int rows) throws Exception {
        StringBuilder b = new StringBuilder("单位,台账,类别,问题描述,整改措施,责任领导,责任部门/责任人,整改时限,状态,进展情况\n");
        String[] units = {"东江省", "国家水利发展部", "北方能源集团有限公司", "江城大学", "西岭市", "南山县"};
        String[] statuses = {"未启动", "整改中", "整改中", "已完成"};
        for (int i = 1; i <= rows; i++) {
            b.append(units[i % units.length]).append(',').append(i % 3 == 0 ? "整治台账" : "整改台账").append(',')
                    .append(i % 3 == 0 ? "整治形式主义、官僚主义问题" : "调研检视").append(",第").append(i)
                    .append("项：部分基层单位落实制度不到位，群众反映办事环节多、时限长,完善制度，压减环节，限时办结,王建国,")
                    .append("办公室／刘强,2027-0").append(i % 6 + 1).append("-15,").append(statuses[i % 4])
                    .append(",2026-11-1").append(i % 9).append(" 已召开推进会\n");
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%-60s median %7.1f ms  (min %.1f, max %.1f, %d runs)%n", what, sorted[sorted.length / 2],
                sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /**
     * With the importing thread's own CPU time beside the wall time: on a machine others load,
     * the wall time waits for the cores and the CPU time says what the work itself costs.
     */
    private static void report(String what, double[] times, double[] cpu) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        System.out.printf("%-60s median %7.1f ms  (min %.1f, max %.1f, %d runs; thread cpu %.1f ms)%n", what,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length,
                cpuSorted[cpuSorted.length / 2]);
    }
}
