package org.bepart.contest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.news.NewsImages;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;

/**
 * Entries from the public (no account needed): the contest's rules are checked ({@link Contest#admit}), an image is
 * read by its content, re-encoded and given a thumbnail, a video file must be MP4 or WebM by its content; every entry
 * waits for moderation.
 */
@Stateless
public class EntryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Sends an entry; returns its id. {@code image} and {@code video} may be null (exactly one work is required). */
    public long submit(long contestId, EntryForm form, Upload image, Upload video) {
        Instant now = clock.instant();
        Contest contest = em.find(Contest.class, contestId);
        if (contest == null) {
            throw new NotFoundException("contest " + contestId);
        }
        boolean hasImage = image != null && image.isPresent();
        boolean hasVideo = video != null && video.isPresent();
        ContestEntry entry = contest.admit(new EntryDraft(form.getParticipantName(), form.getAge(), form.getEmail(),
                form.getCategory(), form.getTitle(), form.isGuardianConsent(), form.getGuardianName(), hasImage,
                form.getVideoLink(), hasVideo), now);
        EntryMedia pending = null;
        if (hasImage) {
            if (image.bytes().length > contest.getMaxImageBytes()) {
                throw new InvalidEntryException("contest.error.imageTooLarge", image.bytes().length + " bytes");
            }
            NewsImages.Processed processed = NewsImages.process(image.bytes());
            pending = new EntryMedia(0L, processed.contentType(), processed.content(), processed.thumbnail());
        } else if (hasVideo) {
            if (video.bytes().length > contest.getMaxVideoBytes()) {
                throw new InvalidEntryException("contest.error.videoTooLarge", video.bytes().length + " bytes");
            }
            String type = VideoFiles.typeOf(video.bytes());
            if (type == null) {
                throw new InvalidEntryException("contest.error.videoType", "not MP4 or WebM by its content");
            }
            pending = new EntryMedia(0L, type, video.bytes(), null);
        }
        em.persist(entry);
        em.flush();
        if (pending != null) {
            em.persist(new EntryMedia(entry.getId(), pending.getContentType(), pending.getContent(),
                    pending.getThumbnail()));
        }
        return entry.getId();
    }
}
