package org.bepart.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail in the outbox: written in the same transaction as what caused it, sent in the background, retried with
 * growing pauses when the mail server cannot take it, given up after {@link #MAX_ATTEMPTS}.
 */
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(name = OutgoingMail.FIND_DUE, query = "SELECT m.id FROM OutgoingMail m WHERE m.sentAt IS NULL "
        + "AND m.failedAt IS NULL AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) "
        + "ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = OutgoingMail.CLAIM, query = "UPDATE OutgoingMail m SET m.claimedUntil = :until, "
        + "m.version = m.version + 1 WHERE m.id = :id AND m.sentAt IS NULL AND m.failedAt IS NULL "
        + "AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
@NamedQuery(name = OutgoingMail.COUNT_WAITING, query = "SELECT COUNT(m) FROM OutgoingMail m WHERE m.sentAt IS NULL "
        + "AND m.failedAt IS NULL")
@NamedQuery(name = OutgoingMail.COUNT_OVERDUE, query = "SELECT COUNT(m) FROM OutgoingMail m WHERE m.sentAt IS NULL "
        + "AND m.failedAt IS NULL AND m.nextAttemptAt < :before")
@NamedQuery(name = OutgoingMail.COUNT_FAILED, query = "SELECT COUNT(m) FROM OutgoingMail m WHERE m.failedAt IS NOT NULL")
public class OutgoingMail {

    public static final String FIND_DUE = "OutgoingMail.findDue";
    /** Mails not sent yet and not given up. */
    public static final String COUNT_WAITING = "OutgoingMail.countWaiting";
    /** Mails not sent yet and not given up that were due before {@code :before}. */
    public static final String COUNT_OVERDUE = "OutgoingMail.countOverdue";
    /** Mails given up after their last attempt. */
    public static final String COUNT_FAILED = "OutgoingMail.countFailed";
    /**
     * Takes a due mail for one sender until {@code :until}, in one statement: of two senders (threads or servers)
     * only one changes the row. A claim that was never settled (the sender died) lapses at {@code :until}.
     */
    public static final String CLAIM = "OutgoingMail.claim";
    public static final int MAX_ATTEMPTS = 8;
    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 100_000;
    public static final int ERROR_MAX = 1000;
    public static final int LIST_UNSUBSCRIBE_MAX = 500;
    public static final int REPLY_TO_MAX = 254;

    @Id
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    private Long id;

    @Version
    private int version;

    @NotNull @Size(max = 254)
    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @NotNull @Size(max = SUBJECT_MAX)
    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @NotNull @Size(max = BODY_MAX)
    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Size(max = ERROR_MAX)
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    /** Until when a sender holds this mail (it is being sent); null when nobody does. */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    /** The address of the List-Unsubscribe header (newsletter mails); null for none. */
    @Size(max = LIST_UNSUBSCRIBE_MAX)
    @Column(name = "list_unsubscribe", length = LIST_UNSUBSCRIBE_MAX)
    private String listUnsubscribe;

    /** Where replies go (a message relayed from a visitor goes back to the visitor); null for the sender. */
    @Size(max = REPLY_TO_MAX)
    @Column(name = "reply_to", length = REPLY_TO_MAX)
    private String replyTo;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = Require.notBlank(recipient, "recipient");
        this.subject = Require.maxLength(Require.notBlank(subject, "subject"), SUBJECT_MAX, "subject");
        this.body = Require.maxLength(Require.notBlank(body, "body"), BODY_MAX, "body");
        this.createdAt = Require.notNull(now, "now");
        this.nextAttemptAt = now;
    }

    /** A mail of a list: its unsubscribe address goes into the List-Unsubscribe header. */
    public OutgoingMail(String recipient, String subject, String body, String listUnsubscribe, Instant now) {
        this(recipient, subject, body, now);
        this.listUnsubscribe = Require.optional(listUnsubscribe, LIST_UNSUBSCRIBE_MAX, "List-Unsubscribe");
    }

    /** Replies to this mail go to {@code replyTo} (an address); null for none. */
    public OutgoingMail replyingTo(String replyTo) {
        this.replyTo = Require.optional(replyTo, REPLY_TO_MAX, "Reply-To");
        return this;
    }

    public void sent(Instant now) {
        attempts++;
        sentAt = Require.notNull(now, "now");
        lastError = null;
        claimedUntil = null;
    }

    /** Records a failed attempt and schedules the next one (1, 2, 4 … minutes), or gives up. */
    public void attemptFailed(String error, Instant now) {
        attempts++;
        lastError = Require.maxLength(error == null ? "unknown error"
                : error.substring(0, Math.min(error.length(), ERROR_MAX)), ERROR_MAX, "error");
        if (attempts >= MAX_ATTEMPTS) {
            failedAt = now;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getListUnsubscribe() {
        return listUnsubscribe;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }
}
