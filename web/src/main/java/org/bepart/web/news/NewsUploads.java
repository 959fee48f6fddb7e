package org.bepart.web.news;

import jakarta.servlet.http.Part;
import org.bepart.news.NewsEditorService;
import org.bepart.news.ImageRef;
import org.bepart.image.InvalidImageException;
import org.bepart.news.NewsImages;

import java.io.IOException;
import java.io.InputStream;

/** An image uploaded through a form's file input, stored in the editors' library. */
final class NewsUploads {

    private NewsUploads() {
    }

    /** Stores the uploaded file in the library; null when no file was chosen. */
    static ImageRef store(NewsEditorService editor, Long actorId, Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > NewsImages.MAX_BYTES) {
            throw new InvalidImageException("news.error.imageTooLarge", part.getSize() + " bytes");
        }
        try (InputStream in = part.getInputStream()) {
            return editor.upload(actorId, part.getSubmittedFileName(), in.readAllBytes());
        }
    }
}
