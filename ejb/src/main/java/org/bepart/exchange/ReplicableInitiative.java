package org.bepart.exchange;

/** One of the signed-in person's organisations' public initiatives, which they may link as a replication. */
public record ReplicableInitiative(long id, String title) {
}
