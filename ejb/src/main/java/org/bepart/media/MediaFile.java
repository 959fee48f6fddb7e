package org.bepart.media;

import java.time.Instant;

/** The bytes of an image, thumbnail or document to send, with what the response headers need. */
public record MediaFile(String contentType, byte[] bytes, String fileName, boolean document, boolean isPublic,
                        Instant createdAt) {
}
