package org.bepart.lifecycle;

/**
 * CDI event fired inside the transaction that saved a change to an initiative's content (texts, place,
 * classification, perspectives, media, links). The history keeps a version of public initiatives on it. Fired,
 * with {@link InitiativeChanged}, by {@link ContentChanges#announce}.
 */
public record InitiativeEdited(long initiativeId, Long actorId) {
}
