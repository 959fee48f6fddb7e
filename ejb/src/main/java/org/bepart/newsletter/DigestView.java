package org.bepart.newsletter;

import java.io.Serializable;
import java.time.Instant;

/** A digest and how far its sending has come. */
public record DigestView(long id, Instant createdAt, String senderName, int news, int initiatives, int sent,
                         int total, int percent, boolean finished, Instant finishedAt) implements Serializable {

    static DigestView of(Digest d) {
        return new DigestView(d.getId(), d.getCreatedAt(), d.getSenderName(), d.getNewsIds().size(),
                d.getInitiativeIds().size(), d.getSent(), d.getTotal(), d.percent(), d.isFinished(),
                d.getFinishedAt());
    }
}
