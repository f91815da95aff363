import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.WeeklyPdf;
import org.guidancedesk.service.Workspace;

/**
 * One group's figures in one warm process, printed as "METRIC name p50 p95 p99 unit" lines for
 * bench/run.sh: opening the file (its checks included), the overview's read, one tick committed
 * (and taken back), the weekly sheet's PDF, and the heap and resident memory with everything read.
 *   java -cp target/guidance-desk.jar:DIR ScaleBench FILE YYYY-MM-DD LABEL
 */
public class ScaleBench {
    private static String label;

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        LocalDate today = LocalDate.parse(args[1]);
        label = args[2];
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);
        I18n i18n = I18n.forLanguage("zh");

        time("open", 5, 1, () -> {
            Workspace.open(db, clock).close();
            return null;
        });
        try (Workspace ws = Workspace.open(db, clock)) {
            time("overview_read", 10, 3, () -> List.of(ws.agenda().agenda(60), ws.checklist().load(),
                    ws.deadlines().occurrences(), ws.ledger().states(),
                    ws.workLog().figures(DateRange.FIRST, today, today), ws.reviews().figures(DateRange.FIRST, today)));
            Checklist c = ws.checklist().load();
            RecordKey key = new RecordKey(c.unitActions().get(0).id(), c.units().get(0).id());
            // A tick and its un-tick are two commits, as two clicks are.
            time("tick_commit", 200, 20, () -> ws.checklist().toggle(key));
            Week week = Week.of(today);
            time("weekly_pdf_warm", 20, 30, () -> WeeklyPdf.render(ws.weekly().data(week), i18n));
            List<Object> held = List.of(ws.ledger().items(), ws.checklist().load(), ws.deadlines().occurrences());
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.printf("METRIC %s.heap_used %d %d %d MB%n", label, heap, heap, heap);
            long rss = rss();
            System.out.printf("METRIC %s.rss %d %d %d MB%n", label, rss, rss, rss);
            if (held.isEmpty()) {
                throw new AssertionError(); // keeps what was read alive until measured
            }
        }
    }

    /**
     * Times the work's runs after a warm-up: the wall time, and the thread's own CPU time as
     * NAME_cpu (on a machine others load, the wall time waits for a core; the CPU time says what
     * the work costs, though not what it waits for on the disk).
     */
    private static void time(String name, int runs, int warmup, Callable<?> work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.call();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        print(name, ms);
        print(name + "_cpu", cpu);
    }

    private static void print(String name, double[] ms) {
        Arrays.sort(ms);
        System.out.printf("METRIC %s.%s %.2f %.2f %.2f ms%n", label, name, ms[ms.length / 2], at(ms, 0.95), at(ms, 0.99));
    }

    /** The q-th quantile of sorted times (nearest rank). */
    private static double at(double[] sorted, double q) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1))];
    }

    /** Resident memory from /proc (Linux), else 0. */
    private static long rss() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return 0;
    }
}
