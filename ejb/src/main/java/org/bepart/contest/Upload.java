package org.bepart.contest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file a participant sent: its name as the browser gave it, its size, and where to read it from (the server keeps
 * large uploads on disk, so a video is streamed to the database and never held in memory whole).
 */
public final class Upload {

    /** Opens the upload's bytes, from the start, each time it is called. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private final String fileName;
    private final long size;
    private final Source source;

    public Upload(String fileName, long size, Source source) {
        this.fileName = fileName;
        this.size = Math.max(0, size);
        this.source = source;
    }

    /** An upload held in memory (tests, small files). */
    public static Upload of(String fileName, byte[] bytes) {
        byte[] content = bytes == null ? new byte[0] : bytes;
        return new Upload(fileName, content.length, () -> new ByteArrayInputStream(content));
    }

    public boolean isPresent() {
        return size > 0 && source != null;
    }

    public String fileName() {
        return fileName;
    }

    public long size() {
        return size;
    }

    public InputStream open() {
        try {
            return source.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the bytes; only for uploads already checked to be small. */
    public byte[] readAll() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code count} bytes (fewer if the file is shorter). */
    public byte[] head(int count) {
        try (InputStream in = open()) {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
