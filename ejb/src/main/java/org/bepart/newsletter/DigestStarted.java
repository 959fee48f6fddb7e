package org.bepart.newsletter;

/** CDI event: a digest was recorded; once its transaction commits, the background job writes its mails. */
public record DigestStarted(long digestId) {
}
