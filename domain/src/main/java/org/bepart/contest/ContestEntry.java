package org.bepart.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * A participant's entry to a contest: who sent it (no account needed), the work (an image, a video link or a video
 * file, whose bytes live in {@link EntryMedia}), the guardian's consent for minors, its moderation and its place
 * among the winners.
 */
@Entity
@Table(name = "contest_entry")
@NamedQuery(name = ContestEntry.FIND_BY_CONTEST, query = "SELECT e FROM ContestEntry e "
        + "WHERE e.contest.id = :contest ORDER BY e.submittedAt, e.id")
@NamedQuery(name = ContestEntry.FIND_BY_CONTEST_AND_STATE, query = "SELECT e FROM ContestEntry e "
        + "WHERE e.contest.id = :contest AND e.moderation = :state ORDER BY e.submittedAt, e.id")
@NamedQuery(name = ContestEntry.FIND_APPROVED_OPEN_TO_JURY, query = "SELECT e FROM ContestEntry e "
        + "WHERE e.moderation = org.bepart.contest.Moderation.APPROVED AND e.contest.winnersAnnouncedAt IS NULL "
        + "ORDER BY e.contest.id, e.submittedAt, e.id")
@NamedQuery(name = ContestEntry.COUNT_PENDING, query = "SELECT COUNT(e) FROM ContestEntry e "
        + "WHERE e.contest.id = :contest AND e.moderation = org.bepart.contest.Moderation.PENDING")
@NamedQuery(name = ContestEntry.COUNT_PENDING_BY_CLIENT, query = "SELECT COUNT(e) FROM ContestEntry e "
        + "WHERE e.contest.id = :contest AND e.clientKey = :client "
        + "AND e.moderation = org.bepart.contest.Moderation.PENDING")
@NamedQuery(name = ContestEntry.FIND_WINNERS, query = "SELECT e FROM ContestEntry e "
        + "WHERE e.contest.id = :contest AND e.place IS NOT NULL ORDER BY e.place, e.id")
public class ContestEntry {

    public static final String FIND_BY_CONTEST = "ContestEntry.findByContest";
    public static final String FIND_BY_CONTEST_AND_STATE = "ContestEntry.findByContestAndState";
    public static final String FIND_APPROVED_OPEN_TO_JURY = "ContestEntry.findApprovedOpenToJury";
    public static final String FIND_WINNERS = "ContestEntry.findWinners";
    public static final String COUNT_PENDING = "ContestEntry.countPending";
    public static final String COUNT_PENDING_BY_CLIENT = "ContestEntry.countPendingByClient";
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int TITLE_MAX = 200;
    public static final int LINK_MAX = 500;
    public static final int REASON_MAX = 500;
    public static final int CLIENT_KEY_MAX = 64;

    @Id
    @SequenceGenerator(name = "contest_entry_seq", sequenceName = "contest_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_entry_seq")
    private Long id;

    @Version
    private int version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id", nullable = false)
    private Contest contest;

    @NotBlank @Size(max = NAME_MAX)
    @Column(name = "participant_name", nullable = false, length = NAME_MAX)
    private String participantName;

    @Column(nullable = false)
    private int age;

    @NotBlank @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryCategory category;

    @NotBlank @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** The parent or guardian who consented, for a participant under 18; null for adults. */
    @Size(max = NAME_MAX)
    @Column(name = "guardian_name", length = NAME_MAX)
    private String guardianName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "media_kind", nullable = false, length = 20)
    private MediaKind mediaKind;

    @Size(max = LINK_MAX)
    @Column(name = "video_link", length = LINK_MAX)
    private String videoLink;

    @NotNull
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Moderation moderation;

    @Size(max = REASON_MAX)
    @Column(name = "rejection_reason", length = REASON_MAX)
    private String rejectionReason;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Size(max = Account.NAME_MAX)
    @Column(name = "moderated_by", length = Account.NAME_MAX)
    private String moderatedBy;

    /** A hash of the client address it came from (pending entries are capped per client); null if unknown. */
    @Size(max = CLIENT_KEY_MAX)
    @Column(name = "client_key", length = CLIENT_KEY_MAX)
    private String clientKey;

    /** 1 for the first place, 2 for the second…; null for entries without a place. */
    @Column(name = "place")
    private Integer place;

    protected ContestEntry() {
    }

    /** Built by {@link Contest#admit}, which checks the rules. */
    ContestEntry(Contest contest, String participantName, int age, String email, EntryCategory category,
                 String title, String guardianName, MediaKind mediaKind, String videoLink, Instant now) {
        this.contest = contest;
        this.participantName = participantName;
        this.age = age;
        this.email = email;
        this.category = category;
        this.title = title;
        this.guardianName = guardianName;
        this.mediaKind = mediaKind;
        this.videoLink = videoLink;
        this.submittedAt = now;
        this.moderation = Moderation.PENDING;
    }

    public void approve(Account moderator, Instant now) {
        if (moderation == Moderation.APPROVED) {
            throw new InvalidEntryException("contest.error.alreadyModerated", "entry " + id + " is approved");
        }
        moderate(Moderation.APPROVED, null, moderator, now);
    }

    /** Rejects with a reason the editors keep; a rejected entry never shows and leaves the jury. */
    public void reject(String reason, Account moderator, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidEntryException("contest.error.reasonRequired", "no reason");
        }
        if (place != null) {
            throw new InvalidEntryException("contest.error.alreadyAnnounced", "entry " + id + " has a place");
        }
        String clean = reason.strip();
        moderate(Moderation.REJECTED, clean.length() > REASON_MAX ? clean.substring(0, REASON_MAX) : clean,
                moderator, now);
    }

    private void moderate(Moderation state, String reason, Account moderator, Instant now) {
        this.moderation = state;
        this.rejectionReason = reason;
        this.moderatedBy = moderator == null ? null : moderator.getDisplayName();
        this.moderatedAt = Require.notNull(now, "now");
    }

    /** Gives the entry a winner's place; only approved entries win. */
    public void award(int place) {
        if (moderation != Moderation.APPROVED) {
            throw new InvalidEntryException("contest.error.notApproved", "entry " + id + " is " + moderation);
        }
        if (place < 1) {
            throw new IllegalArgumentException("place " + place);
        }
        this.place = place;
    }

    /** Records the (hashed) client it came from. */
    public void sentFrom(String clientKey) {
        this.clientKey = Require.optional(clientKey, CLIENT_KEY_MAX, "client key");
    }

    public String getClientKey() {
        return clientKey;
    }

    public boolean isVisible() {
        return moderation == Moderation.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Contest getContest() {
        return contest;
    }

    public String getParticipantName() {
        return participantName;
    }

    public int getAge() {
        return age;
    }

    public String getEmail() {
        return email;
    }

    public EntryCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public boolean hasGuardianConsent() {
        return guardianName != null;
    }

    public MediaKind getMediaKind() {
        return mediaKind;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Moderation getModeration() {
        return moderation;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public Integer getPlace() {
        return place;
    }
}
