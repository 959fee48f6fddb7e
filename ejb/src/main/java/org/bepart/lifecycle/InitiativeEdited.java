package org.bepart.lifecycle;

/**
 * CDI event fired inside the transaction that saved a change to an initiative's content (texts, place,
 * classification, perspectives, media, links). The history keeps a version of public initiatives on it; fire
 * {@code InitiativeChanged} too so the search index follows.
 */
public record InitiativeEdited(long initiativeId, Long actorId) {
}
