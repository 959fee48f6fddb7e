package org.bepart.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bepart.lifecycle.InitiativeEdited;
import org.bepart.lifecycle.PartnerInvited;
import org.bepart.lifecycle.PartnerJoined;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the events the services fire, as the mail and history observers would receive them. */
@ApplicationScoped
public class EventRecorder {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    void invited(@Observes PartnerInvited event) {
        events.add(event);
    }

    void joined(@Observes PartnerJoined event) {
        events.add(event);
    }

    void edited(@Observes InitiativeEdited event) {
        events.add(event);
    }

    /** The token of the link of an invitation. */
    public String token(long invitationId) {
        return events.stream().filter(e -> e instanceof PartnerInvited p && p.invitationId() == invitationId)
                .map(e -> ((PartnerInvited) e).link()).findFirst().orElseThrow()
                .replaceFirst("^.*token=", "");
    }

    public PartnerInvited invitation(long invitationId) {
        return events.stream().filter(e -> e instanceof PartnerInvited p && p.invitationId() == invitationId)
                .map(PartnerInvited.class::cast).findFirst().orElseThrow();
    }

    public boolean joined(long initiativeId) {
        return events.stream().anyMatch(e -> e instanceof PartnerJoined p && p.initiativeId() == initiativeId);
    }

    public long editsOf(long initiativeId) {
        return events.stream().filter(e -> e instanceof InitiativeEdited p && p.initiativeId() == initiativeId)
                .count();
    }
}
