package org.bepart.image;

/** An image of the library ready to be served. */
public record ImageBytes(String contentType, byte[] bytes) {
}
