package org.bepart.contest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.bepart.shared.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * The transactions of {@link EntryService}: the rules and caps checked before any work is decoded, then the entry
 * stored with its work under a lock on its contest, so that entries sent at the same moment cannot pass the caps
 * together.
 */
@Stateless
public class EntryWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The most entries that may wait for moderation in one contest, and from one client in one contest. */
    public record Caps(long perContest, long perClient) {
    }

    /** What the contest allows, for the checks made before anything is stored. */
    public record Rules(long maxImageBytes, long maxVideoBytes) {
    }

    /** The work of an entry: a re-encoded image with its thumbnail, or a video file still on the server's disk. */
    public record Work(String contentType, byte[] content, byte[] thumbnail, Upload file) {

        static Work image(String contentType, byte[] content, byte[] thumbnail) {
            return new Work(contentType, content, thumbnail, null);
        }

        static Work video(String contentType, Upload file) {
            return new Work(contentType, null, null, file);
        }
    }

    /** Checks the entry against the contest's rules and caps as they are now; stores nothing. */
    public Rules check(long contestId, EntryForm form, boolean hasImage, boolean hasVideo, String clientKey,
                       Caps caps) {
        Contest contest = contest(contestId, LockModeType.NONE);
        contest.admit(draft(form, hasImage, hasVideo), clock.instant());
        checkCaps(contestId, clientKey, caps);
        return new Rules(contest.getMaxImageBytes(), contest.getMaxVideoBytes());
    }

    /** Stores the entry and its work, checked again under a lock on the contest; returns its id. */
    public long store(long contestId, EntryForm form, Work work, String clientKey, Caps caps) {
        Contest contest = contest(contestId, LockModeType.PESSIMISTIC_WRITE);
        boolean image = work != null && work.file() == null;
        boolean video = work != null && work.file() != null;
        ContestEntry entry = contest.admit(draft(form, image, video), clock.instant());
        checkCaps(contestId, clientKey, caps);
        entry.sentFrom(clientKey);
        em.persist(entry);
        em.flush();
        if (image) {
            em.persist(new EntryMedia(entry.getId(), work.contentType(), work.content(), work.thumbnail()));
        } else if (video) {
            stream(entry.getId(), work);
        }
        return entry.getId();
    }

    private Contest contest(long contestId, LockModeType lock) {
        Contest contest = em.find(Contest.class, contestId, lock);
        if (contest == null) {
            throw new NotFoundException("contest " + contestId);
        }
        return contest;
    }

    private void checkCaps(long contestId, String clientKey, Caps caps) {
        long pending = em.createNamedQuery(ContestEntry.COUNT_PENDING, Long.class).setParameter("contest", contestId)
                .getSingleResult();
        if (pending >= caps.perContest()) {
            throw new InvalidEntryException("contest.error.tooManyPending", pending + " entries wait");
        }
        if (clientKey != null) {
            long fromClient = em.createNamedQuery(ContestEntry.COUNT_PENDING_BY_CLIENT, Long.class)
                    .setParameter("contest", contestId).setParameter("client", clientKey).getSingleResult();
            if (fromClient >= caps.perClient()) {
                throw new InvalidEntryException("contest.error.tooManyFromClient", fromClient
                        + " entries of this client wait");
            }
        }
    }

    /** The video file from the server's disk into the database, in the entry's transaction, never whole in memory. */
    private void stream(long entryId, Work work) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO contest_entry_media (entry_id, content_type, content) VALUES (?, ?, ?)");
             InputStream in = work.file().open()) {
            insert.setLong(1, entryId);
            insert.setString(2, work.contentType());
            insert.setBinaryStream(3, in, work.file().size());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("video of entry " + entryId + " not stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EntryDraft draft(EntryForm form, boolean image, boolean video) {
        return new EntryDraft(form.getParticipantName(), form.getAge(), form.getEmail(), form.getCategory(),
                form.getTitle(), form.isGuardianConsent(), form.getGuardianName(), image, form.getVideoLink(), video);
    }
}
