package org.bepart.contact;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * That a message was relayed to a contact person: when, to whom (initiative and side) and from which client (a hash of
 * its address). Kept for the rate limit only, a few days; neither the text nor any address is stored here.
 */
@Entity
@Table(name = "contact_message")
@NamedQuery(name = ContactMessage.FROM_CLIENT_SINCE, query = "SELECT m.sentAt FROM ContactMessage m "
        + "WHERE m.clientKey = :client AND m.sentAt > :since ORDER BY m.sentAt")
@NamedQuery(name = ContactMessage.TO_RECIPIENT_SINCE, query = "SELECT m.sentAt FROM ContactMessage m "
        + "WHERE m.initiativeId = :initiative AND m.side = :side AND m.sentAt > :since ORDER BY m.sentAt")
@NamedQuery(name = ContactMessage.DELETE_BEFORE, query = "DELETE FROM ContactMessage m WHERE m.sentAt < :before")
public class ContactMessage {

    public static final String FROM_CLIENT_SINCE = "ContactMessage.fromClientSince";
    public static final String TO_RECIPIENT_SINCE = "ContactMessage.toRecipientSince";
    public static final String DELETE_BEFORE = "ContactMessage.deleteBefore";
    public static final int CLIENT_KEY_MAX = 64;

    @Id
    @SequenceGenerator(name = "contact_message_seq", sequenceName = "contact_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_message_seq")
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactSide side;

    @NotNull @Size(max = CLIENT_KEY_MAX)
    @Column(name = "client_key", nullable = false, length = CLIENT_KEY_MAX)
    private String clientKey;

    @NotNull
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ContactMessage() {
    }

    public ContactMessage(long initiativeId, ContactSide side, String clientKey, Instant now) {
        this.initiativeId = initiativeId;
        this.side = Require.notNull(side, "side");
        this.clientKey = Require.maxLength(Require.notBlank(clientKey, "client"), CLIENT_KEY_MAX, "client");
        this.sentAt = Require.notNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public ContactSide getSide() {
        return side;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
