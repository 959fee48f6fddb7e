package org.bepart.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bepart.platform.DataGeneration;
import org.bepart.platform.SharedCaches;

import javax.cache.Cache;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.Enumeration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Exports of the whole catalogue kept in the data grid for the current {@link DataGeneration}, gzipped in chunks of
 * 1 MiB, for 10 minutes: asked for again, on any server, they are copied rather than worked out. An export larger
 * than {@link #MAX_CHUNKS} compressed chunks is not kept.
 */
@ApplicationScoped
public class ExportCache {

    static final String CACHE = "bepart-exports";
    static final long SECONDS = 600;
    /** Chunks outlive the entry that lists them, so that a reader who found the list finds every chunk. */
    static final String CHUNKS = "bepart-export-chunks";
    static final long CHUNK_SECONDS = SECONDS + 300;
    static final int CHUNK = 1 << 20;
    static final int MAX_CHUNKS = 32;
    private static final Logger LOG = Logger.getLogger(ExportCache.class.getName());

    @Inject
    private SharedCaches caches;

    @Inject
    private DataGeneration generation;

    /** The key of a whole export of this kind (format, language, order) for the data as they are now. */
    public String key(String kind) {
        return kind + "|" + generation.current();
    }

    /** The kept export, uncompressed, when there is a complete one under {@code key}. */
    public Optional<InputStream> open(String key) {
        Cache<String, Object> cache = chunkCache();
        if (!(cache().get(key) instanceof Integer chunks)) {
            return Optional.empty();
        }
        Enumeration<InputStream> parts = new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < chunks;
            }

            @Override
            public InputStream nextElement() {
                if (!(cache.get(key + "|" + next++) instanceof byte[] bytes)) {
                    throw new IllegalStateException("chunk " + (next - 1) + " of " + key + " is gone");
                }
                return new ByteArrayInputStream(bytes);
            }
        };
        try {
            // the first chunk must be there now, or the export is read afresh
            if (!(cache.get(key + "|0") instanceof byte[])) {
                return Optional.empty();
            }
            return Optional.of(new GZIPInputStream(new SequenceInputStream(parts), 64 * 1024));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A stream that keeps what is written under {@code key}; {@link Keeper#complete()} once all was written. */
    public Keeper keeper(String key) {
        return new Keeper(key);
    }

    private Cache<String, Object> cache() {
        return caches.get(CACHE, SECONDS);
    }

    private Cache<String, Object> chunkCache() {
        return caches.get(CHUNKS, CHUNK_SECONDS);
    }

    /** Compresses what it is given into chunks put in the data grid; gives up quietly if that fails or grows too big. */
    public final class Keeper extends OutputStream {
        private final String key;
        private final Chunks chunks = new Chunks();
        private final GZIPOutputStream gzip;
        private boolean abandoned;

        private Keeper(String key) {
            this.key = key;
            try {
                this.gzip = new GZIPOutputStream(chunks, 64 * 1024);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (abandoned) {
                return;
            }
            try {
                gzip.write(b, off, len);
            } catch (IOException | RuntimeException e) {
                abandon(e);
            }
        }

        /** Everything was written: the export is kept, and read by the next who asks. */
        public void complete() {
            if (abandoned) {
                return;
            }
            try {
                gzip.finish();
                chunks.putRest();
                if (!abandoned) {
                    cache().put(key, chunks.count);
                }
            } catch (IOException | RuntimeException e) {
                abandon(e);
            }
        }

        private void abandon(Exception e) {
            if (!abandoned && e != null) {
                LOG.log(Level.FINE, "export " + key + " not kept", e);
            }
            abandoned = true;
        }

        /** Cuts the compressed bytes into chunks and puts each in the data grid as soon as it is full. */
        private final class Chunks extends OutputStream {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK);
            private int count;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                while (len > 0 && !abandoned) {
                    int n = Math.min(len, CHUNK - buffer.size());
                    buffer.write(b, off, n);
                    off += n;
                    len -= n;
                    if (buffer.size() == CHUNK) {
                        put();
                    }
                }
            }

            void putRest() {
                if (buffer.size() > 0) {
                    put();
                }
            }

            private void put() {
                if (count >= MAX_CHUNKS) {
                    abandon(null);
                    return;
                }
                chunkCache().put(key + "|" + count++, buffer.toByteArray());
                buffer.reset();
            }
        }
    }
}
