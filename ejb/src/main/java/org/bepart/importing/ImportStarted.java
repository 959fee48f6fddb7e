package org.bepart.importing;

/** Fired in the transaction that started an import; once it commits, this server runs the import. */
public record ImportStarted(long importId) {
}
