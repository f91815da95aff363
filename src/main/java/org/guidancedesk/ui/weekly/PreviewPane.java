package org.guidancedesk.ui.weekly;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.guidancedesk.i18n.I18n;

/**
 * The preview: the pages of the very PDF that prints, as images on a grey desk, fitted to the
 * pane's width or at a chosen size. The last pages stay until the next ones are ready.
 */
final class PreviewPane {
    private final WeeklyViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final VBox pages = new VBox();
    private final ScrollPane scroll = new ScrollPane(pages);
    private final ChoiceBox<Zoom> zoom = new ChoiceBox<>();

    PreviewPane(WeeklyViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    private void build() {
        Label count = new Label();
        count.setId(WeeklyIds.PAGE_COUNT);
        count.textProperty().bind(vm.pageCountProperty());
        Label rendering = new Label(i18n.tr("weekly.preview.rendering"));
        rendering.setId(WeeklyIds.RENDERING);
        rendering.getStyleClass().add(WeeklyStyles.MUTED);
        rendering.visibleProperty().bind(vm.renderingProperty());
        Label title = new Label(i18n.tr("weekly.preview.title"));
        title.getStyleClass().add(WeeklyStyles.CAPTION);

        zoom.setId(WeeklyIds.ZOOM);
        zoom.getItems().setAll(Zoom.values());
        zoom.setValue(Zoom.FIT);
        zoom.setConverter(new StringConverter<>() {
            @Override
            public String toString(Zoom z) {
                return z == null ? "" : i18n.tr("weekly.zoom." + z.name());
            }

            @Override
            public Zoom fromString(String s) {
                return null;
            }
        });
        zoom.setAccessibleText(i18n.tr("weekly.zoom.label"));
        zoom.valueProperty().addListener((o, a, z) -> resize());
        Label zoomLabel = new Label(i18n.tr("weekly.zoom.label"));
        zoomLabel.getStyleClass().add(WeeklyStyles.MUTED);
        zoomLabel.setLabelFor(zoom);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(title, count, rendering, grow, zoomLabel, zoom);
        bar.getStyleClass().add(WeeklyStyles.PREVIEW_BAR);

        pages.setId(WeeklyIds.PAGES);
        pages.getStyleClass().add(WeeklyStyles.PAGES);
        scroll.setId(WeeklyIds.PREVIEW);
        scroll.getStyleClass().add(WeeklyStyles.PREVIEW_SCROLL);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a == null || a.getWidth() != b.getWidth()) {
                resize();
            }
        });

        root.setTop(bar);
        root.setCenter(scroll);
        vm.previewProperty().addListener((o, a, p) -> show(p));
        show(vm.preview());
    }

    private void show(Preview preview) {
        if (preview == null) {
            pages.getChildren().clear();
            return;
        }
        List<BufferedImage> images = preview.pages();
        double scrolled = scroll.getVvalue();
        pages.getChildren().clear();
        for (int i = 0; i < images.size(); i++) {
            ImageView page = new ImageView(toFx(images.get(i)));
            page.setPreserveRatio(true);
            page.setSmooth(true);
            page.getStyleClass().add(WeeklyStyles.PAGE);
            page.setAccessibleText(i18n.tr("weekly.preview.page", i + 1, images.size()));
            pages.getChildren().add(page);
        }
        resize();
        scroll.setVvalue(scrolled); // a re-render after typing keeps the place being read
    }

    private void resize() {
        Insets padding = pages.getPadding();
        double available = scroll.getViewportBounds().getWidth() - padding.getLeft() - padding.getRight();
        Zoom z = zoom.getValue() == null ? Zoom.FIT : zoom.getValue();
        for (Node n : pages.getChildren()) {
            if (n instanceof ImageView page && page.getImage() != null) {
                page.setFitWidth(z.width(page.getImage().getWidth(), WeeklyViewModel.PREVIEW_DPI, available));
            }
        }
    }

    /** BufferedImage to a JavaFX image, pixel for pixel (javafx-swing is not a dependency). */
    static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }

    Node view() {
        return root;
    }
}
