package org.guidancedesk.ui.reviews;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.EditingSection;

/**
 * 审阅把关's nodes: at the top the campaign-to-date figures and what the last action did; the
 * grid of units × kinds with the two lists of what waits under it; the selected cell's rounds
 * in the pane on the right.
 */
final class ReviewsView implements EditingSection.EditingView {
    /** The pane's width when the section first shows. */
    private static final double PANE_WIDTH = 340;

    private final ReviewsViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ReviewGrid grid;

    ReviewsView(ReviewsViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        root.getStyleClass().add(ReviewStyles.SECTION);
        root.getStylesheets().add(ReviewsView.class.getResource(ReviewStyles.STYLESHEET).toExternalForm());

        Label soFar = new Label();
        soFar.setId(ReviewStyles.SO_FAR_ID);
        soFar.setWrapText(true);
        vm.versionProperty().addListener(o -> soFar.setText(vm.soFar()));
        Label notice = new Label();
        notice.getStyleClass().add(ReviewStyles.NOTICE);
        notice.textProperty().bind(vm.noticeProperty());
        notice.setWrapText(true);
        VBox top = new VBox(2, soFar, notice);
        top.getStyleClass().add(ReviewStyles.TOP);
        root.setTop(top);

        grid = new ReviewGrid(vm);
        WaitingList forUs = new WaitingList(vm, ReviewStyles.FOR_US_ID, "reviews.waiting.feedback", vm.waitingForUs());
        WaitingList forUnits = new WaitingList(vm, ReviewStyles.FOR_UNITS_ID, "reviews.waiting.resubmit",
                vm.waitingForUnits());
        HBox lists = new HBox(12, forUs.view(), forUnits.view());
        HBox.setHgrow(forUs.view(), Priority.ALWAYS);
        HBox.setHgrow(forUnits.view(), Priority.ALWAYS);
        VBox left = new VBox(grid.view(), lists);
        VBox.setVgrow(grid.view(), Priority.ALWAYS);
        left.setPadding(new Insets(8));

        ReviewPane pane = new ReviewPane(vm, () -> ReviewDialogs.receive(root, vm), () -> ReviewDialogs.answer(root, vm));
        SplitPane split = new SplitPane(left, pane.view());
        SplitPane.setResizableWithParent(pane.view(), false);
        split.widthProperty().addListener((o, a, w) -> {
            if (a.doubleValue() == 0 && w.doubleValue() > 0) {
                split.setDividerPositions(Math.max(0.5, 1 - PANE_WIDTH / w.doubleValue()));
            }
        });
        root.setCenter(split);

        vm.ticks().offerProperty().addListener((o, was, offer) -> {
            if (offer != null) {
                Platform.runLater(() -> askTick(offer));
            }
        });
    }

    private void askTick(ApprovalTicks.Offer offer) {
        if (vm.ticks().offerProperty().get() != offer) {
            return;
        }
        if (ReviewDialogs.confirmTick(root, i18n, vm.ticks().question(offer))) {
            vm.ticks().tick(offer);
        } else {
            vm.ticks().decline();
        }
    }

    @Override
    public Node view() {
        return root;
    }

    /** Nothing is typed in the section itself: every edit is a dialog's, saved when it closes. */
    @Override
    public void flush() {
    }

    @Override
    public void focusTable() {
        grid.focus();
    }
}
