import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.WeeklyPdf;
import org.guidancedesk.service.Workspace;

/** Warm rendering of the demo group's weekly sheet: read the data and render the PDF, many times in one process. */
public class WeeklyBench {
    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        LocalDate today = LocalDate.parse(args[1]);
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);
        I18n i18n = I18n.forLanguage("zh");
        try (Workspace ws = Workspace.open(db, clock)) {
            Week week = Week.of(today);
            for (int i = 0; i < 50; i++) { // warm-up
                WeeklyPdf.render(ws.weekly().data(week), i18n);
            }
            long[] ms = new long[30];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                WeeklyData data = ws.weekly().data(week);
                WeeklyPdf.render(data, i18n);
                ms[i] = (System.nanoTime() - t) / 100_000; // tenths of a millisecond
            }
            Arrays.sort(ms);
            System.out.printf("warm render (data + PDF), median %.1f ms, max %.1f ms over %d runs%n",
                    ms[ms.length / 2] / 10.0, ms[ms.length - 1] / 10.0, ms.length);
        }
    }
}
