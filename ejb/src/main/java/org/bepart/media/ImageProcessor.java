package org.bepart.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/**
 * Turns uploaded bytes into a safe image: the type is found from the content (magic bytes, then a real decoding),
 * the pixel count is checked from the header before decoding (decompression bombs), and the picture is re-encoded
 * from its pixels — which drops every metadata block — downscaled to at most {@link #MAX_SIDE} pixels, with a
 * thumbnail of at most {@link #THUMBNAIL_SIDE}. Opaque images become JPEG, images with transparency PNG. Pictures
 * far larger than that are read subsampled, and only {@link DecodeGate}'s few at a time.
 */
public final class ImageProcessor {

    public static final int MAX_SIDE = 2000;
    public static final int THUMBNAIL_SIDE = 480;
    private static final float JPEG_QUALITY = 0.85f;
    private static final ImageReaderSpi WEBP = new WebPImageReaderSpi();

    static {
        // Explicit registration: application servers do not scan the application's class path for ImageIO plugins.
        IIORegistry.getDefaultInstance().registerServiceProvider(WEBP, ImageReaderSpi.class);
        ImageIO.setUseCache(false);
    }

    private final long maxBytes;
    private final long maxPixels;

    public ImageProcessor(long maxBytes, long maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    /** The formats accepted, by their signature. */
    enum Format {
        JPEG, PNG, WEBP
    }

    /** The re-encoded image, its size and its thumbnail. */
    public record Result(String contentType, byte[] content, int width, int height, byte[] thumbnail) {
    }

    /**
     * Refuses a picture whose header declares more than {@code maxPixels}, reading no more than the header: a
     * picture bomb is then refused as such before it waits for a decoding permit, however busy the server is. A
     * picture whose size cannot be read this way is left to {@link #process}, which checks again.
     */
    public static void checkDeclaredSize(InputStream stream, long maxPixels) {
        try (BufferedInputStream in = new BufferedInputStream(stream, 8192)) {
            in.mark(16);
            Format format = sniff(in.readNBytes(12));
            in.reset();
            if (format == null) {
                return;
            }
            ImageReader reader = reader(format);
            try (ImageInputStream image = ImageIO.createImageInputStream(in)) {
                reader.setInput(image, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width > 0 && height > 0 && width * height > maxPixels) {
                    throw new MediaRejectedException("tooManyPixels", width + "×" + height + " > " + maxPixels);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            // unreadable here: decoding will tell
        }
    }

    /** Checks, decodes and re-encodes, holding one of the server's decoding permits ({@link DecodeGate}). */
    public Result process(byte[] bytes) {
        return DecodeGate.run(() -> processNow(bytes));
    }

    private Result processNow(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaRejectedException("empty", "no bytes");
        }
        if (bytes.length > maxBytes) {
            throw MediaTooLargeException.image(bytes.length, maxBytes);
        }
        Format format = sniff(bytes);
        if (format == null) {
            throw new MediaRejectedException("notAnImage", "no JPEG, PNG or WebP signature");
        }
        BufferedImage image = decode(bytes, format);
        boolean transparent = hasTransparency(image);
        BufferedImage full = scale(image, MAX_SIDE, transparent);
        BufferedImage thumbnail = scale(full, THUMBNAIL_SIDE, transparent);
        String type = transparent ? "image/png" : "image/jpeg";
        return new Result(type, encode(full, transparent), full.getWidth(), full.getHeight(),
                encode(thumbnail, transparent));
    }

    /** JPEG, PNG or WebP by the first bytes; null for anything else. */
    static Format sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Format.PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Format.WEBP;
        }
        return null;
    }

    private BufferedImage decode(byte[] bytes, Format format) {
        ImageReader reader = reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new MediaRejectedException("unreadable", "no size");
            }
            if (width * height > maxPixels) {
                throw new MediaRejectedException("tooManyPixels", width + "×" + height + " > " + maxPixels);
            }
            // Pictures larger than twice the stored size are read with every n-th pixel: the heap holds at most
            // (2 × MAX_SIDE)² pixels whatever the picture declares.
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new MediaRejectedException("unreadable", "nothing decoded");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw new MediaRejectedException("unreadable", format + " does not decode: " + e);
        } finally {
            reader.dispose();
        }
    }

    /** Read every n-th pixel so that the longer side is at most twice {@link #MAX_SIDE}. */
    static int subsampling(long width, long height) {
        return (int) Math.max(1, (Math.max(width, height) + 2L * MAX_SIDE - 1) / (2L * MAX_SIDE));
    }

    private static ImageReader reader(Format format) {
        try {
            if (format == Format.WEBP) {
                return WEBP.createReaderInstance();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
            if (!readers.hasNext()) {
                throw new IllegalStateException("no ImageIO reader for " + format);
            }
            return readers.next();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        // Alpha channels that are fully opaque everywhere do not need PNG.
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The image fitted into {@code side}×{@code side} (never enlarged), in a plain RGB or ARGB raster. */
    static BufferedImage scale(BufferedImage source, int side, boolean transparent) {
        int width = source.getWidth();
        int height = source.getHeight();
        double factor = Math.min(1.0, (double) side / Math.max(width, height));
        BufferedImage current = source;
        int targetWidth = Math.max(1, (int) Math.round(width * factor));
        int targetHeight = Math.max(1, (int) Math.round(height * factor));
        // Halve step by step first: one large bilinear step would alias.
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, transparent);
        }
        return draw(current, targetWidth, targetHeight, transparent);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean transparent) {
        BufferedImage target = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!transparent) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, boolean png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
