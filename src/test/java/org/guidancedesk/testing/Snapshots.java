package org.guidancedesk.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** A scene drawn into a PNG, for looking at a screen the tests set up (call on the JavaFX thread). */
public final class Snapshots {
    private Snapshots() {}

    public static void save(Scene scene, Path png) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            javax.imageio.ImageIO.write(out, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
