package org.bepart.lifecycle;

import org.bepart.initiative.InitiativeStatus;

/**
 * CDI event fired inside the transaction that changed an initiative's status, after the transition is recorded.
 * Observers tell the people concerned (notifications, e-mails). {@code actorId} is null when the platform moved it.
 */
public record StatusChanged(long initiativeId, InitiativeStatus from, InitiativeStatus to, Long actorId,
                            String message) {
}
