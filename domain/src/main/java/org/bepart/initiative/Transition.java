package org.bepart.initiative;

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
import org.bepart.account.Account;
import org.bepart.shared.Require;

import java.time.Instant;

/** One recorded change of status: who, when, from, to, and the message that came with it. Never changed. */
@Entity
@Table(name = "initiative_transition")
@NamedQuery(name = Transition.FIND_BY_INITIATIVE,
        query = "SELECT t FROM Transition t WHERE t.initiativeId = :initiativeId ORDER BY t.at, t.id")
public class Transition {

    public static final String FIND_BY_INITIATIVE = "Transition.findByInitiative";
    public static final int MESSAGE_MAX = 4000;

    @Id
    @SequenceGenerator(name = "transition_seq", sequenceName = "transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transition_seq")
    private Long id;

    @NotNull
    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private InitiativeStatus from;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private InitiativeStatus to;

    /** The account that made the change; null when the platform made it (e.g. both sides are in). */
    @Column(name = "actor_id")
    private Long actorId;

    @Size(max = Account.NAME_MAX)
    @Column(name = "actor_name", length = Account.NAME_MAX)
    private String actorName;

    @NotNull
    @Column(nullable = false)
    private Instant at;

    @Size(max = MESSAGE_MAX)
    @Column(length = MESSAGE_MAX)
    private String message;

    protected Transition() {
    }

    Transition(Long initiativeId, InitiativeStatus from, InitiativeStatus to, Account actor, String message,
               Instant at) {
        this.initiativeId = Require.notNull(initiativeId, "initiative id");
        this.from = Require.notNull(from, "from");
        this.to = Require.notNull(to, "to");
        this.actorId = actor == null ? null : actor.getId();
        this.actorName = actor == null ? null : actor.getDisplayName();
        this.message = Require.optional(message, MESSAGE_MAX, "message");
        this.at = Require.notNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public InitiativeStatus getFrom() {
        return from;
    }

    public InitiativeStatus getTo() {
        return to;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }

    public String getMessage() {
        return message;
    }
}
