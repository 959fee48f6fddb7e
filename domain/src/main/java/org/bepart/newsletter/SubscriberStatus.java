package org.bepart.newsletter;

/** Where a subscription stands: waiting for the confirmation link, receiving digests, or ended. */
public enum SubscriberStatus {
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED
}
