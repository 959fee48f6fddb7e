package org.bepart.lifecycle;

/** Fired by whatever changes an initiative; the index follows once the transaction has committed. */
public record InitiativeChanged(long id) {
}
