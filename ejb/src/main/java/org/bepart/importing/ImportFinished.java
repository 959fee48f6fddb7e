package org.bepart.importing;

/** Fired in the transaction of an import's last batch when many public initiatives came in at once. */
public record ImportFinished(long importId) {
}
