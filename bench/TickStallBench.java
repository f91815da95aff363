import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.MainWindow;
import org.guidancedesk.ui.SectionId;
import org.guidancedesk.ui.UiState;

/**
 * The JavaFX thread's longest stall while ticks are saved (issue 16: never over 16 ms): the real
 * window, headless on Monocle as the TestFX tests run it, opens the 规定动作 matrix of a copy of
 * the file; an AnimationTimer notes every pulse; then the cells in view not yet done are ticked with
 * Space one after another, one every 150 ms (the copy keeps the ticks). The gaps
 * between pulses are printed as "METRIC LABEL.fx_gap_ticking p50 p95 p99 ms" and the longest as
 * fx_gap_ticking_max, beside the gaps of a quiet second before (fx_gap_idle: what the machine
 * alone costs; a pulse is every 16.7 ms). The stall of a tick is its gap less one pulse.
 *   java -cp target/guidance-desk.jar:MONOCLE.jar:DIR TickStallBench FILE YYYY-MM-DD LABEL [TICKS]
 */
public class TickStallBench {
    private static final long QUIET_MS = 1_000;
    /** One Space every 150 ms: quicker than anyone ticks, so the answers overlap as they can. */
    private static final long PACE_MS = 150;

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Throwable e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
            System.exit(status); // the toolkit's threads would keep a failed run alive
        }
    }

    /** The change sets in the file: one for each tick committed. */
    private static long changeSets(Path file) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM change_set")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void run(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        Path source = Path.of(args[0]);
        LocalDate today = LocalDate.parse(args[1]);
        String label = args[2];
        int ticks = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path dir = Files.createTempDirectory("tick-stall");
        Path file = dir.resolve("group.db");
        Files.copy(source, file); // a copy: the ticks stay in it
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainWindow window = fx(() -> {
            UiState state = UiState.load(dir);
            state.setLastSection(SectionId.CHECKLIST.name());
            MainWindow w = new MainWindow(new Stage(), I18n.forLanguage("zh"), state, new FxUiExecutor(), clock, dir);
            w.show();
            w.open(file);
            return w;
        });
        // Cells by place (row, column): the table makes new cell nodes as it lays out again.
        List<Place> cells = waitFor(60_000, () -> openCells(window, ticks));

        Pulses pulses = new Pulses();
        fx(() -> {
            pulses.start();
            return null;
        });
        Thread.sleep(QUIET_MS);
        double[] idle = fx(pulses::takeGaps);
        long setsBefore = changeSets(file);
        // Ticked once each, not taken back: taking back the tick of a cell with a note (✎) asks first.
        for (Place place : cells) {
            fx(() -> {
                press(window, place);
                return null;
            });
            Thread.sleep(PACE_MS);
        }
        Thread.sleep(1_000); // the last answers, their layout and paint
        double[] ticking = fx(pulses::takeGaps);
        if (System.getenv("STALL_TIMELINE") != null) {
            StringBuilder b = new StringBuilder("gaps over 20 ms while ticking:");
            for (int i = 0; i < ticking.length; i++) {
                if (ticking[i] > 20) {
                    b.append(String.format(" #%d %.0f", i, ticking[i]));
                }
            }
            System.out.println(b);
        }
        fx(() -> {
            pulses.stop();
            window.stage().close();
            return null;
        });
        print(label + ".fx_gap_idle", idle);
        print(label + ".fx_gap_ticking", ticking);
        long committed = changeSets(file) - setsBefore;
        System.out.printf("ticks pressed %d, committed %d, pulses while ticking %d%n", cells.size(), committed,
                ticking.length);
        if (committed != cells.size()) {
            throw new IllegalStateException("not every tick was committed: the figures would not be a tick's");
        }
    }

    /** The gaps between pulses, in milliseconds, noted on the JavaFX thread. */
    private static final class Pulses extends AnimationTimer {
        private final List<Double> gaps = new ArrayList<>();
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0) {
                gaps.add((now - last) / 1e6);
            }
            last = now;
        }

        double[] takeGaps() {
            double[] taken = gaps.stream().mapToDouble(Double::doubleValue).toArray();
            gaps.clear();
            return taken;
        }
    }

    /** A cell of the matrix by its row and column. */
    private record Place(int row, TableColumn<?, ?> column) {}

    /** Up to {@code n} cells (three at least) of the matrix in view, of a unit, neither done nor 不适用; null while the matrix is not drawn. */
    private static List<Place> openCells(MainWindow window, int n) throws Exception {
        return fx(() -> {
            Node matrix = window.stage().getScene().lookup("#" + Ids.MATRIX);
            if (matrix == null) {
                return null;
            }
            List<Place> found = new ArrayList<>();
            for (Node node : matrix.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> c && c.isVisible() && c.getIndex() >= 0 && c.getTableColumn() != null
                        && open(c)) {
                    found.add(new Place(c.getIndex(), c.getTableColumn()));
                }
            }
            return found.size() < Math.min(n, 3) ? null : found.subList(0, Math.min(n, found.size()));
        });
    }

    /** A cell of an action (not the total row) neither done nor 不适用, by the state its style names. */
    private static boolean open(TableCell<?, ?> c) {
        return c.getStyleClass().stream().anyMatch(s -> s.equals("state-not-scheduled") || s.equals("state-scheduled")
                || s.equals("state-overdue") || s.equals("state-due-soon"));
    }

    /** Selects the place as the arrow keys would and presses Space at the matrix, where its Space is handled. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void press(MainWindow window, Place place) {
        TableView table = (TableView) window.stage().getScene().lookup("#" + Ids.MATRIX);
        table.requestFocus();
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().select(place.row(), (TableColumn) place.column());
        table.getFocusModel().focus(place.row(), (TableColumn) place.column());
        Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE, false, false, false, false));
    }

    private interface FxWork<T> {
        T call() throws Exception;
    }

    private static <T> T fx(FxWork<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Polls until the supplier gives something (not on the JavaFX thread: it asks it). */
    private static <T> T waitFor(long millis, FxWork<T> poll) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            T got = poll.call();
            if (got != null) {
                return got;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("gave up after " + millis + " ms");
    }

    /** "METRIC NAME p50 p95 p99 ms" and "METRIC NAME_max …", the longest gap: the stall the target is about. */
    private static void print(String name, double[] ms) {
        double[] s = ms.length == 0 ? new double[] {0} : ms.clone();
        Arrays.sort(s);
        System.out.printf("METRIC %s %.2f %.2f %.2f ms%n", name, s[s.length / 2], at(s, 0.95), at(s, 0.99));
        double max = s[s.length - 1];
        System.out.printf("METRIC %s_max %.2f %.2f %.2f ms%n", name, max, max, max);
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1))];
    }
}
