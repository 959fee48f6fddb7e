package org.bepart.contest;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.bepart.abuse.RateCounters;
import org.bepart.media.DecodeGate;
import org.bepart.media.ImageProcessor;
import org.bepart.media.MediaRejectedException;
import org.bepart.news.NewsImages;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Entries from the public (no account needed): the contest's rules are checked ({@link Contest#admit}), an image is
 * read by its content, re-encoded and given a thumbnail, a video file must be MP4 or WebM by its content; every entry
 * waits for moderation. Since anybody may send them: pictures may have at most {@value #ANONYMOUS_PIXELS_KEY}
 * pixels and are decoded a few at a time ({@link DecodeGate}), outside any transaction; video files are streamed to
 * the database, never held in memory; and the entries waiting for moderation are capped per contest and per client.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EntryService {

    public static final String ANONYMOUS_PIXELS_KEY = "bepart.media.anonymous-max-image-pixels";
    public static final String MAX_PENDING_KEY = "bepart.contest.max-pending-entries";
    public static final String MAX_PENDING_PER_CLIENT_KEY = "bepart.contest.max-pending-per-client";
    static final long DEFAULT_ANONYMOUS_PIXELS = 24_000_000L;
    static final long DEFAULT_MAX_PENDING = 500;
    static final long DEFAULT_MAX_PENDING_PER_CLIENT = 20;

    @EJB
    private EntryWriter writer;

    /**
     * Sends an entry; returns its id. {@code image} and {@code video} may be null (exactly one work is required);
     * {@code client} is the sender's client address as the web tier groups it (null when unknown), kept only as a
     * hash.
     */
    public long submit(long contestId, EntryForm form, Upload image, Upload video, String client) {
        boolean hasImage = image != null && image.isPresent();
        boolean hasVideo = video != null && video.isPresent();
        String clientKey = client == null || client.isBlank() ? null : RateCounters.key("entry", client.strip())
                .substring("entry:".length());
        EntryWriter.Rules rules = writer.check(contestId, form, hasImage, hasVideo, clientKey, caps());
        EntryWriter.Work work = null;
        if (hasImage) {
            if (image.size() > rules.maxImageBytes()) {
                throw new InvalidEntryException("contest.error.imageTooLarge", image.size() + " bytes");
            }
            try {
                ImageProcessor.checkDeclaredSize(image.open(), anonymousPixels());
            } catch (MediaRejectedException e) {
                throw new InvalidEntryException("contest.error.imageTooManyPixels", e.getMessage());
            }
            work = DecodeGate.run(() -> picture(image.readAll(), rules.maxImageBytes()));
        } else if (hasVideo) {
            if (video.size() > rules.maxVideoBytes()) {
                throw new InvalidEntryException("contest.error.videoTooLarge", video.size() + " bytes");
            }
            String type = VideoFiles.typeOf(video.head(12));
            if (type == null) {
                throw new InvalidEntryException("contest.error.videoType", "not MP4 or WebM by its content");
            }
            work = EntryWriter.Work.video(type, video);
        }
        return writer.store(contestId, form, work, clientKey, caps());
    }

    private static long anonymousPixels() {
        return ConfigProvider.getConfig().getOptionalValue(ANONYMOUS_PIXELS_KEY, Long.class)
                .orElse(DEFAULT_ANONYMOUS_PIXELS);
    }

    private static EntryWriter.Work picture(byte[] bytes, long maxBytes) {
        long pixels = anonymousPixels();
        try {
            ImageProcessor.Result image = new ImageProcessor(Math.min(maxBytes, NewsImages.MAX_BYTES), pixels)
                    .process(bytes);
            return EntryWriter.Work.image(image.contentType(), image.content(), image.thumbnail());
        } catch (MediaRejectedException e) {
            throw new InvalidEntryException("media.rejected.tooManyPixels".equals(e.getMessageKey())
                    ? "contest.error.imageTooManyPixels" : "news.error.imageNotReadable", e.getMessage());
        }
    }

    private static EntryWriter.Caps caps() {
        var config = ConfigProvider.getConfig();
        return new EntryWriter.Caps(config.getOptionalValue(MAX_PENDING_KEY, Long.class).orElse(DEFAULT_MAX_PENDING),
                config.getOptionalValue(MAX_PENDING_PER_CLIENT_KEY, Long.class).orElse(DEFAULT_MAX_PENDING_PER_CLIENT));
    }
}
