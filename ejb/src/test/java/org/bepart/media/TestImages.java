package org.bepart.media;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/** The images of the service tests: PNGs and JPEGs drawn here, and two tiny WebP files (lossy and lossless). */
public final class TestImages {

    /** A 1×1 lossy WebP (VP8). */
    public static final byte[] WEBP_LOSSY = Base64.getDecoder()
            .decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    /** A 1×1 lossless WebP (VP8L). */
    public static final byte[] WEBP_LOSSLESS = Base64.getDecoder()
            .decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {
    }

    /** An opaque PNG of this size with a text chunk (metadata that re-encoding must drop). */
    public static byte[] png(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160, transparent ? 120 : 255));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return withTextChunk(write(image, "png"), "Author", "SecretMetadata");
    }

    /** A plain opaque picture of one colour in {@code format} ("png", "jpeg"), without metadata. */
    public static byte[] plain(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 60));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return write(image, format);
    }

    /** A black-and-white PNG: a small file however many pixels it has. */
    public static byte[] bilevelPng(int width, int height) {
        return write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG with a tEXt chunk inserted after IHDR. */
    static byte[] withTextChunk(byte[] png, String key, String value) {
        byte[] data = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunk = chunk("tEXt", data);
        int afterHeader = 8 + 25;
        ByteBuffer result = ByteBuffer.allocate(png.length + chunk.length);
        result.put(png, 0, afterHeader).put(chunk).put(png, afterHeader, png.length - afterHeader);
        return result.array();
    }

    /** The PNG with the width and height in its header replaced (CRC fixed), its pixels unchanged. */
    public static byte[] claimingSize(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return copy;
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(12 + data.length);
        buffer.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 4, 4 + data.length);
        buffer.putInt((int) crc.getValue());
        return buffer.array();
    }
}
