package org.bepart.news;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Uploaded images of the news portal: the type is read from the content (magic bytes, then decoding), never from the
 * name or the browser's word; the image is re-encoded (which drops metadata and anything hidden after the picture),
 * scaled down to {@value #MAX_EDGE} pixels at most, and given a thumbnail {@value #THUMBNAIL_WIDTH} pixels wide.
 */
public final class NewsImages {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_EDGE = 2000;
    static final int THUMBNAIL_WIDTH = 480;

    /** A re-encoded image: its type ({@code image/jpeg} or {@code image/png}), bytes, thumbnail and size. */
    public record Processed(String contentType, byte[] content, byte[] thumbnail, int width, int height) {
    }

    private NewsImages() {
    }

    public static Processed process(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidImageException("news.error.imageNotReadable", "empty upload");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidImageException("news.error.imageTooLarge", bytes.length + " bytes");
        }
        String format = formatOf(bytes);
        if (format == null) {
            throw new InvalidImageException("news.error.imageNotReadable", "not JPEG, PNG or GIF by its content");
        }
        BufferedImage image = decode(bytes, format);
        boolean jpeg = "jpeg".equals(format);
        BufferedImage scaled = scale(image, Math.min(MAX_EDGE, Math.max(image.getWidth(), image.getHeight())), jpeg);
        BufferedImage thumbnail = scaleToWidth(scaled, Math.min(THUMBNAIL_WIDTH, scaled.getWidth()), jpeg);
        return new Processed(jpeg ? "image/jpeg" : "image/png", encode(scaled, jpeg), encode(thumbnail, jpeg),
                scaled.getWidth(), scaled.getHeight());
    }

    /** "jpeg", "png" or "gif" from the first bytes; null for anything else. */
    static String formatOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "png";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
                && b[5] == 'a') {
            return "gif";
        }
        return null;
    }

    /** Decodes with the reader of the detected format, refusing images too large to decode safely. */
    private static BufferedImage decode(byte[] bytes, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new InvalidImageException("news.error.imageNotReadable", "no reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new InvalidImageException("news.error.imageTooLarge", pixels + " pixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new InvalidImageException("news.error.imageNotReadable", "no picture");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImageException invalid) {
                throw invalid;
            }
            throw new InvalidImageException("news.error.imageNotReadable", "cannot decode: " + e);
        }
    }

    private static BufferedImage scale(BufferedImage image, int maxEdge, boolean opaque) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) maxEdge / Math.max(w, h));
        return draw(image, Math.max(1, (int) Math.round(w * factor)), Math.max(1, (int) Math.round(h * factor)),
                opaque);
    }

    private static BufferedImage scaleToWidth(BufferedImage image, int width, boolean opaque) {
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        return draw(image, width, height, opaque);
    }

    /** A fresh RGB (or ARGB) copy at the given size: nothing of the original file survives but its pixels. */
    private static BufferedImage draw(BufferedImage source, int width, int height, boolean opaque) {
        BufferedImage target = new BufferedImage(width, height,
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (opaque) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, boolean jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!jpeg) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an image in memory", e);
        }
    }
}
