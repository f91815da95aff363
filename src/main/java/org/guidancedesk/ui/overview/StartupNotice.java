package org.guidancedesk.ui.overview;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
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

    /**
     * Shows the notice at the bottom right of the owner, for 12 seconds; a warning when
     * something is overdue. Nothing shows for a null owner or an empty agenda; an owner not
     * showing yet gets the notice once it shows; either way it comes a second later, once the
     * window has settled. Must be called on the JavaFX thread.
     */
    public static void show(Window owner, AgendaService.Agenda agenda, I18n i18n) {
        if (owner == null || agenda == null || (agenda.overdue().isEmpty() && dueToday(agenda).isEmpty())) {
            return;
        }
        if (!owner.isShowing()) {
            ChangeListener<Boolean> once = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (now) {
                        owner.showingProperty().removeListener(this);
                        show(owner, agenda, i18n);
                    }
                }
            };
            owner.showingProperty().addListener(once);
            return;
        }
        // Let the window settle first (its first focus, the section's first layout): the notice
        // arrives a moment later and never competes with them.
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            if (owner.isShowing()) {
                notify(owner, agenda, i18n);
            }
        });
        settle.play();
    }

    private static void notify(Window owner, AgendaService.Agenda agenda, I18n i18n) {
        Notifications n = Notifications.create()
                .owner(owner)
                .title(i18n.tr("overview.notice.title"))
                .text(text(agenda, i18n))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(12));
        try {
            if (agenda.overdue().isEmpty()) {
                n.showInformation();
            } else {
                n.showWarning();
            }
        } catch (RuntimeException e) {
            // A reminder that cannot show must never stop the window from working.
            LOG.log(System.Logger.Level.WARNING, "start-up notice not shown", e);
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

    private static String titles(List<AgendaItem> items, I18n i18n) {
        List<String> names = new ArrayList<>();
        for (AgendaItem i : items.subList(0, Math.min(MAX_TITLES, items.size()))) {
            names.add(i.unit().isEmpty() ? i.title() : i18n.tr("overview.notice.item", i.title(), i.unit()));
        }
        String list = String.join(i18n.tr("overview.notice.listSeparator"), names);
        return items.size() > MAX_TITLES ? list + i18n.tr("overview.notice.more") : list;
    }
}
