package org.bepart.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.bepart.initiative.Initiative;

/**
 * The one place that announces a saved change of an initiative's content (texts, place, classification,
 * perspectives, media, links, contact addresses). Call it inside the transaction that saved the change.
 */
@ApplicationScoped
public class ContentChanges {

    @Inject
    private Event<InitiativeEdited> edited;

    @Inject
    private Event<InitiativeChanged> changed;

    /**
     * A public initiative's content changed: the history keeps a version ({@link InitiativeEdited}) and the search
     * index and the caches of public pages follow ({@link InitiativeChanged}). Drafts concern nobody else.
     */
    public void announce(Initiative initiative, Long actorId) {
        if (initiative.isPublic()) {
            edited.fire(new InitiativeEdited(initiative.getId(), actorId));
            changed.fire(new InitiativeChanged(initiative.getId()));
        }
    }
}
