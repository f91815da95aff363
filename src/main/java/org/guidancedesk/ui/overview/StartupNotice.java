package org.guidancedesk.ui.overview;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.AgendaService;

/** The non-blocking notice at start: what is overdue and what is due today. */
public final class StartupNotice {
    /** Titles listed per kind (overdue, due today) before "等". */
    static final int MAX_TITLES = 3;
    /** How long after the window shows the notice comes. */
    private static final Duration SETTLE = Duration.seconds(1);
    private static final System.Logger LOG = System.getLogger(StartupNotice.class.getName());

    private StartupNotice() {}

    /** The notice's node, for tests and styles. */
    public static final String ID = "startup-notice";
    private static final Duration SHOWN = Duration.seconds(12);

    /**
     * Shows the notice at the bottom right of {@code layer} (a layer over the window's content
     * area, so it never covers the status bar or the menus) for 12 seconds or until closed; a
     * warning when something is overdue. Nothing shows for an empty agenda. It comes a second
     * later, once the window has settled (its first focus, the section's first layout), and it
     * takes no focus. Must be called on the JavaFX thread.
     */
    public static void show(StackPane layer, AgendaService.Agenda agenda, I18n i18n) {
        if (layer == null || agenda == null || (agenda.overdue().isEmpty() && dueToday(agenda).isEmpty())) {
            return;
        }
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            try {
                place(layer, card(agenda, i18n));
            } catch (RuntimeException ex) {
                // A reminder that cannot show must never stop the window from working.
                LOG.log(System.Logger.Level.WARNING, "start-up notice not shown", ex);
            }
        });
        settle.play();
    }

    private static VBox card(AgendaService.Agenda agenda, I18n i18n) {
        boolean overdue = !agenda.overdue().isEmpty();
        Label title = new Label((overdue ? "⚠ " : "") + i18n.tr("overview.notice.title"));
        title.setStyle("-fx-font-weight: bold;");
        Label text = new Label(text(agenda, i18n));
        text.setWrapText(true);
        text.setMaxWidth(380);
        Button close = new Button("✕");
        close.setFocusTraversable(false);
        close.setStyle("-fx-background-color: transparent; -fx-padding: 0 4 0 4;");
        close.setAccessibleText(i18n.tr("help.close"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox card = new VBox(6, new HBox(8, title, grow, close), text);
        card.setId(ID);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        card.setAccessibleText(title.getText() + " " + text.getText());
        card.setStyle("-fx-background-color: -fx-control-inner-background; -fx-background-radius: 4;"
                + "-fx-border-color: " + (overdue ? "#c0392b" : "#2e86c1") + "; -fx-border-width: 0 0 0 4;"
                + "-fx-padding: 10 12 12 12; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 10, 0, 0, 2);");
        close.setOnAction(e -> remove(card));
        return card;
    }

    private static void place(StackPane layer, VBox card) {
        layer.getChildren().removeIf(n -> ID.equals(n.getId()));
        StackPane.setAlignment(card, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(card, new Insets(12));
        layer.getChildren().add(card);
        PauseTransition shown = new PauseTransition(SHOWN);
        shown.setOnFinished(e -> {
            FadeTransition fade = new FadeTransition(Duration.millis(400), card);
            fade.setToValue(0);
            fade.setOnFinished(f -> remove(card));
            fade.play();
        });
        shown.play();
    }

    private static void remove(Node card) {
        if (card.getParent() instanceof Pane parent) {
            parent.getChildren().remove(card);
        }
    }

    /** "逾期 5 项：…；今天到期 1 项：…", at most {@link #MAX_TITLES} titles per kind. */
    static String text(AgendaService.Agenda agenda, I18n i18n) {
        List<String> parts = new ArrayList<>();
        if (!agenda.overdue().isEmpty()) {
            parts.add(i18n.tr("overview.notice.overdue", agenda.overdue().size(), titles(agenda.overdue(), i18n)));
        }
        List<AgendaItem> today = dueToday(agenda);
        if (!today.isEmpty()) {
            parts.add(i18n.tr("overview.notice.today", today.size(), titles(today, i18n)));
        }
        return String.join(i18n.tr("overview.notice.separator"), parts);
    }

    private static List<AgendaItem> dueToday(AgendaService.Agenda agenda) {
        return agenda.upcoming().stream().filter(i -> i.date().equals(agenda.today())).toList();
    }

    /** The distinct names, each once with how often it is late ("报送工作动态（3 次）"), the first few of them. */
    private static String titles(List<AgendaItem> items, I18n i18n) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (AgendaItem i : items) {
            counts.merge(i.unit().isEmpty() ? i.title() : i18n.tr("overview.notice.item", i.title(), i.unit()), 1, Integer::sum);
        }
        List<String> names = new ArrayList<>();
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (names.size() == MAX_TITLES) {
                break;
            }
            names.add(e.getValue() == 1 ? e.getKey() : i18n.tr("overview.notice.times", e.getKey(), e.getValue()));
        }
        String list = String.join(i18n.tr("overview.notice.listSeparator"), names);
        return counts.size() > MAX_TITLES ? list + i18n.tr("overview.notice.more") : list;
    }
}
