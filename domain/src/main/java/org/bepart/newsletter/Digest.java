package org.bepart.newsletter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.shared.Require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A newsletter digest an editor sent: when, by whom, which news items and newly validated initiatives it carried, to
 * how many confirmed subscribers, and how far the background job that writes its mails has come.
 */
@Entity
@Table(name = "newsletter_digest")
@NamedQuery(name = Digest.FIND_RECENT, query = "SELECT d FROM Digest d ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(name = Digest.FIND_UNFINISHED, query = "SELECT d.id FROM Digest d WHERE d.finishedAt IS NULL ORDER BY d.id")
public class Digest {

    public static final String FIND_RECENT = "Digest.findRecent";
    /** Ids of the digests whose mails are not all written yet. */
    public static final String FIND_UNFINISHED = "Digest.findUnfinished";

    @Id
    @SequenceGenerator(name = "newsletter_digest_seq", sequenceName = "newsletter_digest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_digest_seq")
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sender_id")
    private Long senderId;

    @Size(max = Account.NAME_MAX)
    @Column(name = "sender_name", length = Account.NAME_MAX)
    private String senderName;

    /** Initiatives validated after this time (the previous digest, or the beginning) were included. */
    @Column(name = "initiatives_since")
    private Instant initiativesSince;

    @ElementCollection
    @CollectionTable(name = "newsletter_digest_news", joinColumns = @JoinColumn(name = "digest_id"))
    @OrderColumn(name = "position")
    @Column(name = "news_id", nullable = false)
    private List<Long> newsIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "newsletter_digest_initiative", joinColumns = @JoinColumn(name = "digest_id"))
    @OrderColumn(name = "position")
    @Column(name = "initiative_id", nullable = false)
    private List<Long> initiativeIds = new ArrayList<>();

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int sent;

    /** The last subscriber written to (the job goes through subscribers by id). */
    @Column(name = "last_subscriber_id", nullable = false)
    private long lastSubscriberId;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Digest() {
    }

    public Digest(Account sender, List<Long> newsIds, List<Long> initiativeIds, Instant initiativesSince, int total,
                  Instant now) {
        this.senderId = sender == null ? null : sender.getId();
        this.senderName = sender == null ? null : sender.getDisplayName();
        this.newsIds.addAll(Require.notNull(newsIds, "news"));
        this.initiativeIds.addAll(Require.notNull(initiativeIds, "initiatives"));
        this.initiativesSince = initiativesSince;
        this.total = Math.max(0, total);
        this.createdAt = Require.notNull(now, "now");
    }

    /** Records mails written up to subscriber {@code lastId}. */
    public void progressed(int mails, long lastId) {
        this.sent += mails;
        this.lastSubscriberId = Math.max(lastSubscriberId, lastId);
    }

    /** The job is done: the total becomes what was really sent (some may have left meanwhile). */
    public void finish(Instant now) {
        this.total = sent;
        this.finishedAt = Require.notNull(now, "now");
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    /** Percent done, 0 to 100. */
    public int percent() {
        if (isFinished() || total == 0) {
            return isFinished() ? 100 : 0;
        }
        return Math.min(100, sent * 100 / total);
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getSenderId() {
        return senderId;
    }

    public String getSenderName() {
        return senderName;
    }

    public Instant getInitiativesSince() {
        return initiativesSince;
    }

    public List<Long> getNewsIds() {
        return Collections.unmodifiableList(newsIds);
    }

    public List<Long> getInitiativeIds() {
        return Collections.unmodifiableList(initiativeIds);
    }

    public int getTotal() {
        return total;
    }

    public int getSent() {
        return sent;
    }

    public long getLastSubscriberId() {
        return lastSubscriberId;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
