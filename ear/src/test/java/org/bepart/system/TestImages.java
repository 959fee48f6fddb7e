package org.bepart.system;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The pictures the system tests upload, drawn here. */
final class TestImages {

    private TestImages() {
    }

    /** An opaque PNG of two flat areas: a small file that still decodes to every one of its pixels. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(250, 200, 60));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, height * 2 / 3, width, height - height * 2 / 3);
        g.dispose();
        return write(image);
    }

    /** A black-and-white PNG: a small file however many pixels it has. */
    static byte[] bilevelPng(int width, int height) {
        return write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY));
    }

    /** {@link #png} written to a new temporary file {@code <prefix>….png}, for a browser to upload. */
    static Path pngFile(String prefix, int width, int height) {
        try {
            Path file = Files.createTempFile(prefix, ".png");
            Files.write(file, png(width, height));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
