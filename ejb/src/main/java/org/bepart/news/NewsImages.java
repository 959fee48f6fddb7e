package org.bepart.news;

import org.bepart.image.InvalidImageException;
import org.bepart.media.ImageProcessor;
import org.bepart.media.MediaRejectedException;

/**
 * Uploaded images of the news portal, checked like every image of the platform ({@link ImageProcessor}): JPEG, PNG or
 * WebP by the content, never the name; re-encoded (which drops metadata and anything hidden after the picture),
 * scaled down to {@value #MAX_EDGE} pixels at most, with a thumbnail {@value #THUMBNAIL_WIDTH} pixels on its longer
 * side.
 */
public final class NewsImages {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_EDGE = ImageProcessor.MAX_SIDE;
    static final int THUMBNAIL_WIDTH = ImageProcessor.THUMBNAIL_SIDE;

    /** A re-encoded image: its type ({@code image/jpeg} or {@code image/png}), bytes, thumbnail and size. */
    public record Processed(String contentType, byte[] content, byte[] thumbnail, int width, int height) {
    }

    private NewsImages() {
    }

    /** Checks and re-encodes with the platform's {@link ImageProcessor}, in the editors' terms when refused. */
    public static Processed process(byte[] bytes) {
        try {
            ImageProcessor.Result image = new ImageProcessor(MAX_BYTES, MAX_PIXELS).process(bytes);
            return new Processed(image.contentType(), image.content(), image.thumbnail(), image.width(),
                    image.height());
        } catch (MediaRejectedException e) {
            throw new InvalidImageException(bytes != null && bytes.length > MAX_BYTES ? "news.error.imageTooLarge"
                    : "news.error.imageNotReadable", e.getMessage());
        }
    }
}
