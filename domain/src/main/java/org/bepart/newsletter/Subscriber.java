package org.bepart.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.language.Language;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * A newsletter subscription: an address and the language of its mails. It receives digests only once confirmed
 * through the mailed link; of that link only the SHA-256 of its token is kept. Asking again (another language, or
 * after unsubscribing) changes nothing until the new link is confirmed. Unsubscribe links are {@link UnsubscribeToken}s,
 * also kept only as hashes.
 */
@Entity
@Table(name = "newsletter_subscriber")
@NamedQuery(name = Subscriber.FIND_BY_EMAIL, query = "SELECT s FROM Subscriber s WHERE s.email = :email")
@NamedQuery(name = Subscriber.FIND_BY_CONFIRM_HASH,
        query = "SELECT s FROM Subscriber s WHERE s.confirmHash = :hash")
@NamedQuery(name = Subscriber.FIND_RECIPIENTS, query = "SELECT s FROM Subscriber s WHERE s.status = "
        + "org.bepart.newsletter.SubscriberStatus.CONFIRMED AND s.confirmedAt <= :at AND s.id > :after ORDER BY s.id")
@NamedQuery(name = Subscriber.COUNT_RECIPIENTS, query = "SELECT COUNT(s) FROM Subscriber s WHERE s.status = "
        + "org.bepart.newsletter.SubscriberStatus.CONFIRMED AND s.confirmedAt <= :at")
public class Subscriber {

    public static final String FIND_BY_EMAIL = "Subscriber.findByEmail";
    public static final String FIND_BY_CONFIRM_HASH = "Subscriber.findByConfirmHash";
    public static final String FIND_RECIPIENTS = "Subscriber.findRecipients";
    public static final String COUNT_RECIPIENTS = "Subscriber.countRecipients";
    public static final int EMAIL_MAX = 254;
    public static final int TOKEN_MAX = 64;

    @Id
    @SequenceGenerator(name = "newsletter_subscriber_seq", sequenceName = "newsletter_subscriber_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_subscriber_seq")
    private Long id;

    @Version
    private int version;

    @NotNull @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX, unique = true)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubscriberStatus status;

    /** SHA-256 (hex) of the token of the confirmation link; null once used. */
    @Size(max = TOKEN_MAX)
    @Column(name = "confirm_hash", length = TOKEN_MAX)
    private String confirmHash;

    @Column(name = "confirm_expires_at")
    private Instant confirmExpiresAt;

    /** The language asked for with the pending confirmation link; it applies once the link is followed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "pending_language", length = 2)
    private Language pendingLanguage;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    protected Subscriber() {
    }

    public Subscriber(String email, Language language, Instant now) {
        this.email = normalise(email);
        this.language = Require.notNull(language, "language");
        this.status = SubscriberStatus.PENDING;
        this.createdAt = Require.notNull(now, "now");
    }

    /** The form addresses are stored and compared in: stripped, lower case. */
    public static String normalise(String email) {
        return Require.maxLength(Require.notBlank(email, "e-mail").toLowerCase(java.util.Locale.ROOT), EMAIL_MAX,
                "e-mail");
    }

    /**
     * Asks (again) for confirmation in {@code language}: a new link replaces any earlier one. Nothing else changes
     * until the link is followed: an active subscription keeps its language, an ended one stays ended.
     */
    public void requestConfirmation(Language language, String tokenHash, Instant expiresAt, Instant now) {
        this.pendingLanguage = Require.notNull(language, "language");
        this.confirmHash = Require.notBlank(tokenHash, "token hash");
        this.confirmExpiresAt = Require.notNull(expiresAt, "expiry");
        Require.notNull(now, "now");
    }

    /** Whether {@code tokenHash} is that of the confirmation link and the link is still valid at {@code now}. */
    public boolean canConfirm(String tokenHash, Instant now) {
        return confirmHash != null && confirmHash.equals(tokenHash) && confirmExpiresAt != null
                && now.isBefore(confirmExpiresAt);
    }

    /** Confirms with the link's token hash; the link works once and until it expires. Returns whether it did. */
    public boolean confirm(String tokenHash, Instant now) {
        if (!canConfirm(tokenHash, now)) {
            return false;
        }
        confirmHash = null;
        confirmExpiresAt = null;
        if (pendingLanguage != null) {
            language = pendingLanguage;
            pendingLanguage = null;
        }
        if (status != SubscriberStatus.CONFIRMED) {
            status = SubscriberStatus.CONFIRMED;
            confirmedAt = now;
            unsubscribedAt = null;
        }
        return true;
    }

    public void unsubscribe(Instant now) {
        if (status != SubscriberStatus.UNSUBSCRIBED) {
            status = SubscriberStatus.UNSUBSCRIBED;
            unsubscribedAt = Require.notNull(now, "now");
        }
        confirmHash = null;
        confirmExpiresAt = null;
        pendingLanguage = null;
    }

    public boolean isConfirmed() {
        return status == SubscriberStatus.CONFIRMED;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Language getLanguage() {
        return language;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    /** The language of the pending confirmation link, or null. */
    public Language getPendingLanguage() {
        return pendingLanguage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }
}
