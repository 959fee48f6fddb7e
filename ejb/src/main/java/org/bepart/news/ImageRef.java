package org.bepart.news;

import java.io.Serializable;
import java.time.Instant;

/** An image of the editors' library. */
public record ImageRef(long id, String fileName, int width, int height, Instant createdAt) implements Serializable {

    /** Its address below the context root. */
    public String path() {
        return "/news/images/" + id;
    }

    static ImageRef of(NewsImage image) {
        return new ImageRef(image.getId(), image.getFileName(), image.getWidth(), image.getHeight(),
                image.getCreatedAt());
    }
}
