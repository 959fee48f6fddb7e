package org.bepart.translation;

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
import org.bepart.language.Language;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * A signed-in reader's request to read a public initiative in a language; open until a translation into that
 * language is published. Open requests make the translators' queue.
 */
@Entity
@Table(name = "translation_request")
@NamedQuery(name = TranslationRequest.COUNT_OPEN_BY_REQUESTER, query = "SELECT COUNT(r) FROM TranslationRequest r "
        + "WHERE r.initiativeId = :initiative AND r.language = :language AND r.requesterId = :requester "
        + "AND r.answeredAt IS NULL")
@NamedQuery(name = TranslationRequest.QUEUE, query = "SELECT r FROM TranslationRequest r "
        + "WHERE r.answeredAt IS NULL AND r.language IN :languages ORDER BY r.createdAt, r.id")
@NamedQuery(name = TranslationRequest.ANSWER, query = "UPDATE TranslationRequest r SET r.answeredAt = :now "
        + "WHERE r.initiativeId = :initiative AND r.language = :language AND r.answeredAt IS NULL")
public class TranslationRequest {

    public static final String COUNT_OPEN_BY_REQUESTER = "TranslationRequest.countOpenByRequester";
    /**
     * The open requests in {@code :languages}, oldest first (the queue counts them per initiative and language; an
     * aggregate of the time would bypass its converter).
     */
    public static final String QUEUE = "TranslationRequest.queue";
    /** Closes the open requests of {@code :initiative} in {@code :language}. */
    public static final String ANSWER = "TranslationRequest.answer";

    @Id
    @SequenceGenerator(name = "translation_request_seq", sequenceName = "translation_request_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_request_seq")
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "requester_id")
    private Long requesterId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected TranslationRequest() {
    }

    public TranslationRequest(long initiativeId, Language language, long requesterId, Instant now) {
        this.initiativeId = initiativeId;
        this.language = Require.notNull(language, "language");
        this.requesterId = requesterId;
        this.createdAt = Require.notNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public Language getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
